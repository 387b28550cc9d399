import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from './cards/card-controller';
import { isCardNode } from './cards/card-host';
import { writeClipboard } from './clipboard';
import type { EntityId } from './dataset';
import { defaultMatcher } from './engine/detect-text';
import { type BackgroundRequest, type ContentRequest, type PageMentions, type Reply } from './messages';
import { CARD_UI_CHUNK, loadChunk } from './lazy-chunk';
import { PageEngine } from './engine/page-engine';
import { guard, reportError } from './error-boundary';
import { isPaused, type Settings } from './settings-schema';
import { loadSettings, watchSettings } from './settings-store';

const loadCardUi = () => loadChunk(CARD_UI_CHUNK);

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

/**
 * Everything the extension runs on a page that might mention an entity: the engine, the cards, the
 * settings, the toolbar badge, and the answers to the popup and the background.
 */
export async function openPage(ctx: ContentScriptContext): Promise<PageSession> {
  const settings = await loadSettings();
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
  const page = { engine, cards, setPaused };
  return { answer: (request) => answer(page, request) };
}

export interface PageSession {
  answer(request: ContentRequest): Promise<Reply<unknown>>;
}

interface Page {
  engine: PageEngine;
  cards: CardController;
  setPaused(paused: boolean): void;
}

async function answer({ engine, cards, setPaused }: Page, request: ContentRequest): Promise<Reply<unknown>> {
  try {
    switch (request.type) {
      case 'get-mentions': {
        // A large page is scanned in slices: answer with the whole result.
        await engine.settled;
        return { ok: true, value: pageMentions(engine) };
      }
      case 'set-paused':
        // Immediate effect; the stored setting (written by the popup) keeps it across reloads.
        setPaused(request.paused);
        return { ok: true, value: true };
      case 'write-clipboard':
        return { ok: true, value: await writeClipboard(document, request.data) };
      case 'reveal-next': {
        await engine.settled;
        return { ok: true, value: cards.revealNext(request.entity) };
      }
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
