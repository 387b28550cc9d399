import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from './card-controller';
import { CARD_UI_GLOBAL, isCardNode, type CreateCardUi } from './card-host';
import { writeClipboard } from './clipboard';
import type { EntityId } from './dataset';
import { defaultMatcher } from './detect-text';
import {
  isContentRequest,
  type BackgroundRequest,
  type ContentRequest,
  type PageMentions,
  type Reply,
} from './messages';
import { PageEngine } from './page-engine';
import { isPaused, type Settings } from './settings-schema';
import { loadSettings, watchSettings } from './settings-store';

/** Loads the card UI chunk (web-accessible `card-ui.js`) into the content script's world, once. */
async function loadCardUi(): Promise<CreateCardUi> {
  const url = browser.runtime.getURL('/card-ui.js');
  await import(/* @vite-ignore */ url);
  const create = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL];
  if (typeof create !== 'function') throw new Error('card UI failed to load');
  return create as CreateCardUi;
}

const cardPreferences = (s: Settings) => ({
  hover: s.highlightStyle !== 'off',
  hoverDelay: s.hoverDelay,
  lang: s.lang,
  format: s.copyFormat,
});

/** Tells the background how many mentions the page has (for the toolbar badge); top frame only. */
function badgeReporter(): (count: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -1;
  return (count) => {
    if (window !== window.top) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (count === last) return;
      last = count;
      browser.runtime.sendMessage({ type: 'mention-count', count } satisfies BackgroundRequest).catch(() => undefined);
    }, 200);
  };
}

/** Wires the page engine to the page and the extension. Everything stops when `ctx` is invalidated. */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSettings();
  guard(() => {
    const reportCount = badgeReporter();
    const engine: PageEngine = new PageEngine(document, defaultMatcher(), {
      isOwnNode: isCardNode,
      onChange: () => reportCount(engine.registry.size),
    });
    const cards = new CardController(document, engine, loadCardUi, cardPreferences(settings), reportError);
    const setPaused = (paused: boolean) => {
      if (paused) {
        cards.dismiss();
        if (engine.running) engine.stop();
      } else if (!engine.running) engine.start();
    };
    // Paused sites stay untouched; settings apply live, without reload.
    const apply = (s: Settings) =>
      guard(() => {
        cards.setPreferences(cardPreferences(s));
        engine.setLook({ style: s.highlightStyle, palette: s.palette });
        engine.setKinds(s.kinds);
        setPaused(isPaused(s, location.href));
      });
    apply(settings);
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(() =>
      guard(() => {
        unwatch();
        cards.destroy();
        engine.stop();
      }),
    );

    const onMessage = (message: unknown): Promise<Reply<unknown>> | undefined => {
      if (!isContentRequest(message)) return undefined;
      // Only the top frame answers, so the popup sees one answer per tab (the background addresses the
      // frame with the selection directly).
      if (window !== window.top && message.type !== 'write-clipboard') return undefined;
      return answer({ engine, cards, setPaused }, message);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  });
}

interface Page {
  engine: PageEngine;
  cards: CardController;
  setPaused(paused: boolean): void;
}

async function answer({ engine, cards, setPaused }: Page, request: ContentRequest): Promise<Reply<unknown>> {
  try {
    switch (request.type) {
      case 'get-mentions':
        // A large page is scanned in slices: answer with the whole result.
        await engine.settled;
        return { ok: true, value: pageMentions(engine) };
      case 'set-paused':
        // Immediate effect; the stored setting (written by the popup) keeps it across reloads.
        setPaused(request.paused);
        return { ok: true, value: true };
      case 'write-clipboard':
        return { ok: true, value: await writeClipboard(document, request.data) };
      case 'reveal-next':
        return { ok: true, value: cards.revealNext(request.entity) };
    }
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

function pageMentions(engine: PageEngine): PageMentions {
  const counts = new Map<EntityId, number>();
  for (const m of engine.registry.all()) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return {
    url: location.href,
    paused: !engine.running,
    counts: [...counts].map(([entity, count]) => ({ entity, count })),
  };
}

/** Reports an error once, quietly; a reloaded extension („context invalidated“) is a teardown, not an error. */
function reportError(error: unknown): void {
  if (String(error).includes('Extension context invalidated')) return;
  console.debug('[Kontextkarten]', error);
}

/** The error boundary: nothing the extension does may throw into the page. */
function guard(task: () => void): void {
  try {
    task();
  } catch (error) {
    reportError(error);
  }
}
