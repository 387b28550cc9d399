import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchForCandidates } from './candidate-watch';
import { writeClipboard } from './clipboard';
import { errorText, guard, reportError } from './error-boundary';
import { loadChunk, PAGE_SESSION_CHUNK } from './lazy-chunk';
import { answerWith, isContentRequest, type ContentRequestType, type ContentResponse, type Reply } from './messages';
import type { PageSession } from './page-session';

/** How long after a failed import the page must still be here for the failure to be reported. */
export const LEAVING_MS = 1000;

/**
 * What every page loads. Most pages never mention an entity, so until one might (candidate-watch.ts),
 * only a cheap text pass and a message listener run. The rest (matcher, engine, settings, cards) is a
 * chunk of its own (page-session.ts), loaded on the first candidate or when the popup or a command asks
 * about the page. Everything lives as long as `ctx.signal`: the first look, the message listener and the
 * page session stop when the extension is reloaded, and a session whose chunk was still loading then
 * never starts.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  const { signal } = ctx;
  guard(() => {
    let session: Promise<PageSession> | null = null;
    // The first look ends at a candidate, at the first request, or with the context.
    const looking = new AbortController();
    signal.addEventListener('abort', () => looking.abort(signal.reason), { once: true });
    const open = (): Promise<PageSession> => {
      looking.abort();
      return (session ??= loadChunk(PAGE_SESSION_CHUNK).then(
        (openPage) => {
          signal.throwIfAborted();
          return openPage(signal);
        },
        (error: unknown) => {
          // A later candidate or request tries again.
          session = null;
          throw error;
        },
      ));
    };
    // A page being left cancels its imports, and Firefox rejects them („error loading dynamically imported
    // module“) as soon as the navigation starts, before the page's `pagehide`: a teardown, not an error. So a
    // failure is reported only when the page is still here a moment later (clean-clone runs of the real-pages
    // sweep reported one, from the page the sweep had just left).
    let leaving = false;
    addEventListener('pagehide', () => (leaving = true), { signal });
    addEventListener('pageshow', () => (leaving = false), { signal });
    const reportUnlessLeft = (error: unknown) =>
      setTimeout(() => guard(() => void (leaving || signal.aborted || reportError(error))), LEAVING_MS);
    watchForCandidates(document, looking.signal, () => void open().catch(reportUnlessLeft));

    // Without the polyfill (see wxt.config.ts) a listener answers through sendResponse and returns true.
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (reply: Reply<ContentResponse<ContentRequestType>>) => void,
    ): true | undefined => {
      if (!isContentRequest(message) || signal.aborted) return undefined;
      if (message.type === 'write-clipboard') {
        // Any frame (the background addresses the one with the selection), and no page session needed.
        void answerWith({ 'write-clipboard': ({ data }) => writeClipboard(document, data) }, message).then(
          sendResponse,
        );
        return true;
      }
      // Only the top frame answers about the page, so the popup sees one answer per tab.
      if (window !== window.top) return undefined;
      open()
        .then((page) => page.answer(message))
        .catch((error: unknown) => ({ ok: false, error: errorText(error) }) as const)
        .then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Once the extension's context is gone, the API may throw („Extension context invalidated“): guarded.
    signal.addEventListener('abort', () => guard(() => browser.runtime.onMessage.removeListener(onMessage)), {
      once: true,
    });
  });
}
