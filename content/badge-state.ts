import { browser } from 'wxt/browser';

/** The badge colour behind a tab's mention count. */
const COLOR = '#00796b';
/** The badge colour of a paused tab: grey, it does nothing there. */
const PAUSED_COLOR = '#6b7280';
/** The badge text of a paused tab (two bars, the common sign for pause). */
export const PAUSED_TEXT = '‖';
const key = (tabId: number) => `badge-count:${tabId}`;

/** What a tab's page last reported. */
export interface TabState {
  count: number;
  paused: boolean;
}

const NOTHING: TabState = { count: 0, paused: false };

function parseState(value: unknown): TabState {
  // Before issue 15 a tab's entry was its count alone.
  if (typeof value === 'number') return { count: value, paused: false };
  if (typeof value !== 'object' || value === null) return NOTHING;
  const v = value as Partial<TabState>;
  return { count: typeof v.count === 'number' ? v.count : 0, paused: v.paused === true };
}

/**
 * Where tab states are kept: storage.session, which lives as long as the browser session and survives the
 * MV3 service worker's restarts (its memory does not: a worker stopped after 30 s idle and woken by a menu
 * click knew no counts, so the „?“ flash restored an empty badge, issue 16). Memory where there is no
 * storage.session (a Firefox MV2 background page is persistent, so memory lives as long there).
 */
function stateStore() {
  const session = browser.storage?.session;
  const memory = new Map<number, TabState>();
  return {
    async get(tabId: number): Promise<TabState> {
      if (!session) return memory.get(tabId) ?? NOTHING;
      return parseState((await session.get(key(tabId)))[key(tabId)]);
    },
    async set(tabId: number, state: TabState): Promise<void> {
      if (session) await session.set({ [key(tabId)]: state });
      else memory.set(tabId, state);
    },
    async remove(tabId: number): Promise<void> {
      if (session) await session.remove(key(tabId));
      else memory.delete(tabId);
    },
  };
}

/** Each tab's toolbar badge: the mention count its page reported, the paused sign, or for a moment a sign of its own. */
export interface TabBadge {
  /** The tab's page reported its state (its top frame's content script). */
  setState(tabId: number, state: TabState): Promise<void>;
  /** A new page loads in the tab: no count until its content script reports (it never does on some pages). */
  reset(tabId: number): Promise<void>;
  /** The tab was closed. */
  forget(tabId: number): Promise<void>;
  /** Shows `text` with `title` for `ms`, then the tab's state again, as kept (from before a worker restart too). */
  flash(tabId: number, text: string, title: string, ms: number): Promise<void>;
  /**
   * The reader paused everywhere, or resumed: every tab shows it, those whose page never reported too
   * (the badge's global text, below each tab's own).
   */
  setPausedEverywhere(paused: boolean, tabIds: number[]): Promise<void>;
}

/**
 * The badge of every tab, its state kept where a restarted background finds it. For the background only.
 * `pausedTitle` is the tooltip of a paused tab.
 */
export function tabBadge(pausedTitle = ''): TabBadge {
  // MV3 has `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const states = stateStore();
  let everywhere = false;
  const show = async (tabId: number) => {
    const { count, paused } = await states.get(tabId);
    if (paused || everywhere) {
      await action.setBadgeText({ tabId, text: PAUSED_TEXT });
      await action.setBadgeBackgroundColor?.({ tabId, color: PAUSED_COLOR });
      await action.setTitle({ tabId, title: pausedTitle });
      return;
    }
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor?.({ tabId, color: COLOR });
    await action.setTitle({ tabId, title: '' });
  };
  return {
    async setState(tabId, state) {
      await states.set(tabId, state);
      await show(tabId);
    },
    async reset(tabId) {
      await states.remove(tabId);
      await show(tabId);
    },
    forget: (tabId) => states.remove(tabId),
    async flash(tabId, text, title, ms) {
      await action.setBadgeText({ tabId, text });
      await action.setTitle({ tabId, title });
      await new Promise((resolve) => setTimeout(resolve, ms));
      await show(tabId);
    },
    async setPausedEverywhere(paused, tabIds) {
      everywhere = paused;
      await action.setBadgeText({ text: paused ? PAUSED_TEXT : '' });
      await action.setBadgeBackgroundColor?.({ color: paused ? PAUSED_COLOR : COLOR });
      await action.setTitle({ title: paused ? pausedTitle : '' });
      await Promise.all(tabIds.map(show));
    },
  };
}
