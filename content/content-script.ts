import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from './card-controller';
import { CARD_UI_GLOBAL, isCardNode, type CreateCardUi } from './card-host';
import { defaultMatcher } from './detect-text';
import { isContentRequest, type ContentRequest, type PageMentions, type Reply } from './messages';
import { PageEngine } from './page-engine';

/** Loads the card UI chunk (web-accessible `card-ui.js`) into the content script's world, once. */
async function loadCardUi(): Promise<CreateCardUi> {
  const url = browser.runtime.getURL('/card-ui.js');
  await import(/* @vite-ignore */ url);
  const create = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL];
  if (typeof create !== 'function') throw new Error('card UI failed to load');
  return create as CreateCardUi;
}

const report = (error: unknown) => guard(() => {
  throw error;
});

/** Wires the page engine to the page and the extension. Everything stops when `ctx` is invalidated. */
export function startContentScript(ctx: ContentScriptContext): void {
  guard(() => {
    const engine = new PageEngine(document, defaultMatcher(), { isOwnNode: isCardNode });
    engine.start();
    const cards = new CardController(document, engine, loadCardUi, { hoverDelay: 300, lang: 'de', format: 'plain' }, report);
    ctx.onInvalidated(() =>
      guard(() => {
        cards.destroy();
        engine.stop();
      }),
    );

    const onMessage = (message: unknown): Promise<Reply<unknown>> | undefined => {
      if (!isContentRequest(message)) return undefined;
      // Only the top frame answers, so the popup sees one answer per tab.
      if (window !== window.top) return undefined;
      return Promise.resolve(answer(engine, cards, message));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  });
}

function answer(engine: PageEngine, cards: CardController, request: ContentRequest): Reply<unknown> {
  try {
    switch (request.type) {
      case 'get-mentions':
        return { ok: true, value: pageMentions(engine) };
      case 'set-paused':
        if (request.paused) {
          cards.dismiss();
          engine.stop();
        } else engine.start();
        return { ok: true, value: true };
      case 'reveal-next':
        return { ok: true, value: cards.revealNext(request.entity) };
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
