import { browser } from 'wxt/browser';
import { CardController, type CardPreferences } from './cards/card-controller';
import { isCardNode } from './cards/card-host';
import type { EntityId } from './dataset';
import { defaultMatcher } from './engine/detect-text';
import type { Matcher } from './engine/matcher';
import { PageEngine } from './engine/page-engine';
import { guard } from './error-boundary';
import { CARD_UI_CHUNK, loadChunk } from './lazy-chunk';
import {
  answerWith,
  type BackgroundRequest,
  type ContentHandlers,
  type ContentRequest,
  type ContentRequestType,
  type ContentResponse,
  type PageMentions,
  type Reply,
} from './messages';
import { isPaused, type Settings } from './settings-schema';
import { loadSettings, watchSettings } from './settings-store';

/** The requests the page session answers; the content script answers `write-clipboard` itself. */
export type SessionRequestType = Exclude<ContentRequestType, 'write-clipboard'>;

export interface PageSession {
  answer<K extends SessionRequestType>(request: ContentRequest<K>): Promise<Reply<ContentResponse<K>>>;
}

export interface PageSessionOptions {
  /** The matcher the engine uses; tests give their own. */
  matcher?: Matcher;
}

/** The page-session chunk's export (lazy-chunk.ts). */
export type OpenPage = (signal: AbortSignal, options?: PageSessionOptions) => Promise<PageSession>;

const loadCardUi = () => loadChunk(CARD_UI_CHUNK);

const cardPreferences = (s: Settings): CardPreferences => ({
  hover: s.highlightStyle !== 'off',
  hoverDelay: s.hoverDelay,
  lang: s.lang,
  format: s.copyFormat,
});

/** Tells the background how many mentions the page has (for the toolbar badge); top frame only. */
function badgeReporter(signal: AbortSignal): (count: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -1;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (count) => {
    if (window !== window.top || signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        guard(() => {
          if (count === last) return;
          last = count;
          const message: BackgroundRequest = { type: 'mention-count', count };
          browser.runtime.sendMessage(message).catch(() => undefined);
        }),
      200,
    );
  };
}

/**
 * Everything the extension runs on a page that might mention an entity: the engine, the cards, the
 * settings, the toolbar badge, and the answers to the popup and the background. All of it lives as long
 * as `signal` (the content script's context): engine, cards and settings watch stop when it aborts, and
 * when it aborts while the settings load, nothing starts and the promise rejects with its reason.
 */
export const openPage: OpenPage = async (signal, options = {}) => {
  const settings = await loadSettings();
  signal.throwIfAborted();
  const reportCount = badgeReporter(signal);
  const engine: PageEngine = new PageEngine(document, options.matcher ?? defaultMatcher(), {
    isOwnNode: isCardNode,
    onChange: () => reportCount(engine.registry.size),
    guard,
    signal,
  });
  const cards = new CardController(document, engine, loadCardUi, cardPreferences(settings), signal);
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
  signal.addEventListener('abort', () => guard(unwatch), { once: true });

  /** After a wait, a session that ended answers nothing more. */
  const settled = async () => {
    await engine.settled;
    signal.throwIfAborted();
  };
  const handlers: ContentHandlers<SessionRequestType> = {
    // A large page is scanned in slices: answer with the whole result.
    'get-mentions': async () => {
      await settled();
      return pageMentions(engine);
    },
    'reveal-next': async ({ entity }) => {
      await settled();
      return cards.revealNext(entity);
    },
    // Immediate effect; the stored setting (written by the popup) keeps it across reloads.
    'set-paused': ({ paused }) => {
      setPaused(paused);
      return true;
    },
  };
  return { answer: (request) => answerWith(handlers, request) };
};

function pageMentions(engine: PageEngine): PageMentions {
  const counts = new Map<EntityId, number>();
  for (const m of engine.registry.all()) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return {
    url: location.href,
    paused: !engine.running,
    counts: [...counts].map(([entity, count]) => ({ entity, count })),
  };
}
