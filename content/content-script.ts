import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchForCandidates } from './candidate-watch';
import { guard, reportError } from './error-boundary';
import { loadChunk, PAGE_SESSION_CHUNK } from './lazy-chunk';
import { isContentRequest } from './messages';
import type { PageSession } from './page-session';

/**
 * What every page loads. Most pages never mention an entity, so until one might (candidate-watch.ts),
 * only a cheap text pass and a message listener run. The rest (matcher, engine, settings, cards) is a
 * chunk of its own (page-session.ts), loaded on the first candidate or when the popup, a command or the
 * context menu asks about the page. Everything stops when `ctx` is invalidated.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  guard(() => {
    let session: Promise<PageSession> | null = null;
    // The watch may find a candidate at once, before it returns; it has stopped itself then.
    let stopWatch = (): void => undefined;
    const open = (): Promise<PageSession> => {
      stopWatch();
      return (session ??= loadChunk(PAGE_SESSION_CHUNK).then((openPage) => openPage(ctx)));
    };
    stopWatch = watchForCandidates(document, () => void open().catch(reportError));
    ctx.onInvalidated(() => stopWatch());

    // Without the polyfill (see wxt.config.ts) a listener answers through sendResponse and returns true.
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (reply: unknown) => void,
    ): true | undefined => {
      if (!isContentRequest(message)) return undefined;
      // Only the top frame answers, so the popup sees one answer per tab (the background addresses the
      // frame with the selection directly).
      if (window !== window.top && message.type !== 'write-clipboard') return undefined;
      open()
        .then((page) => page.answer(message))
        .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  });
}
