import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defaultMatcher } from './detect-text';
import { isContentRequest, type ContentRequest, type PageMentions, type Reply } from './messages';
import { PageEngine } from './page-engine';

/** The one element the extension may add to a page (design.md). */
export const CARD_TAG = 'npa-card';

const isOwnNode = (node: Node): boolean => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(CARD_TAG) != null || (node.getRootNode() as ShadowRoot).host?.localName === CARD_TAG;
};

/** Wires the page engine to the page and the extension. Everything stops when `ctx` is invalidated. */
export function startContentScript(ctx: ContentScriptContext): void {
  guard(() => {
    const engine = new PageEngine(document, defaultMatcher(), { isOwnNode });
    engine.start();
    ctx.onInvalidated(() => guard(() => engine.stop()));

    const onMessage = (message: unknown): Promise<Reply<unknown>> | undefined => {
      if (!isContentRequest(message)) return undefined;
      // Only the top frame answers, so the popup sees one answer per tab.
      if (window !== window.top) return undefined;
      return Promise.resolve(answer(engine, message));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  });
}

function answer(engine: PageEngine, request: ContentRequest): Reply<unknown> {
  try {
    switch (request.type) {
      case 'get-mentions':
        return { ok: true, value: pageMentions(engine) };
      case 'set-paused':
        if (request.paused) engine.stop();
        else engine.start();
        return { ok: true, value: true };
      case 'reveal-next':
        return { ok: true, value: false };
    }
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

function pageMentions(engine: PageEngine): PageMentions {
  const counts = new Map<string, number>();
  for (const m of engine.registry.all()) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return {
    url: location.href,
    paused: !engine.running,
    counts: [...counts].map(([entity, count]) => ({ entity, count }) as PageMentions['counts'][number]),
  };
}

/** The error boundary: nothing the extension does may throw into the page. */
export function guard(task: () => void): void {
  try {
    task();
  } catch (error) {
    if (String(error).includes('Extension context invalidated')) return;
    console.debug('[Kontextkarten]', error);
  }
}
