import { browser } from 'wxt/browser';
import { CardController, type CardPreferences } from './cards/card-controller';
import { isCardNode } from './cards/card-host';
import { CommandKeys, suggestedBindings } from './cards/command-keys';
import { isMac } from './cards/shortcut-keys';
import type { EntityId } from './dataset';
import { defaultMatcher } from './engine/detect-text';
import type { Matcher } from './engine/matcher';
import { PageEngine } from './engine/page-engine';
import { guard, reportError } from './error-boundary';
import { CARD_UI_CHUNK, loadChunk } from './lazy-chunk';
import {
  answerWith,
  type BackgroundProtocol,
  type CommandBindings,
  type CommandName,
  type ContentHandlers,
  type ContentRequest,
  type ContentRequestType,
  type ContentResponse,
  type PageMentions,
  type Reply,
} from './messages';
import { isPaused, siteOf, withPause, type Settings } from './settings-schema';
import { loadSettings, saveSettings, uiLang, watchSettings } from './settings-store';

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
  lang: () => uiLang(s),
  format: s.copyFormat,
});

type PageState = BackgroundProtocol['page-state']['request'];

/** Tells the background how many mentions the page has and whether it is paused (the toolbar badge); top frame only. */
function badgeReporter(signal: AbortSignal): (count: number, paused: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (count, paused) => {
    if (window !== window.top || signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        guard(() => {
          const message: PageState = { type: 'page-state', count, paused };
          const key = `${count}:${paused}`;
          if (key === last) return;
          last = key;
          browser.runtime.sendMessage(message).catch(() => undefined);
        }),
      200,
    );
  };
}

/** The manifest's suggested keys, for where the browser has no commands API. */
function manifestBindings(): Record<CommandName, string> {
  try {
    return suggestedBindings(browser.runtime.getManifest());
  } catch {
    // No manifest to read (not in an extension): no fallback keys.
    return suggestedBindings({});
  }
}

/**
 * The in-page keyboard fallback of the top frame (the browser sends its commands there too), bound to the
 * reader's shortcuts as the background reads them from `commands.getAll`; asked again whenever the tab comes
 * back into view, since the reader may have changed them in the browser's shortcut settings meanwhile.
 */
function startCommandKeys(run: (command: CommandName) => Promise<boolean>, signal: AbortSignal): CommandKeys | null {
  if (window !== window.top) return null;
  const keys = new CommandKeys({ run, signal, mac: isMac() });
  const defaults = manifestBindings();
  const fetchBindings = () => {
    const request: BackgroundProtocol['get-bindings']['request'] = { type: 'get-bindings' };
    // No answer (the background is not reachable): the manifest's keys; a duplicate press is dropped anyway.
    const use = (bindings: CommandBindings) => guard(() => signal.aborted || keys.setBindings(bindings, defaults));
    (browser.runtime.sendMessage(request) as Promise<Reply<CommandBindings> | undefined>).then(
      (reply) => use(reply?.ok ? reply.value : null),
      () => use(null),
    );
  };
  fetchBindings();
  document.addEventListener('visibilitychange', () => guard(() => document.hidden || fetchBindings()), { signal });
  return keys;
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
  const report = badgeReporter(signal);
  const engine: PageEngine = new PageEngine(document, options.matcher ?? defaultMatcher(), {
    isOwnNode: isCardNode,
    onChange: () => report(engine.registry.size, !engine.running),
    guard,
    signal,
  });
  const cards = new CardController(document, engine, loadCardUi, cardPreferences(settings), signal);
  const setPaused = (paused: boolean) => {
    if (paused) {
      cards.dismiss();
      if (engine.running) engine.stop();
    } else if (!engine.running) engine.start();
    report(engine.registry.size, paused);
  };
  // Paused sites stay untouched; settings apply live, without reload.
  let current = settings;
  const apply = (s: Settings) =>
    guard(() => {
      current = s;
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

  /** Pauses or resumes on this site at once, and stores it (every tab of the site follows the setting). */
  const togglePause = async (): Promise<boolean> => {
    const host = siteOf(location.href);
    if (!host) return false;
    const before = current;
    const next = withPause(before, host, !isPaused(before, location.href));
    apply(next);
    try {
      await saveSettings(next);
      return true;
    } catch (error) {
      // Not stored: the page goes back to what the settings say.
      apply(before);
      throw error;
    }
  };
  const run = async (command: CommandName): Promise<boolean> => {
    if (command === 'toggle-pause') return togglePause();
    await settled();
    return cards.revealNext();
  };
  const keys = startCommandKeys(run, signal);
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
    // A command the browser delivered: the fallback of the same key press, if it ran already, is not repeated.
    'run-command': ({ command }) => (keys ? keys.delivered(command) : run(command)),
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
