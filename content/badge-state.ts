import { browser } from 'wxt/browser';

/** The badge colour behind a tab's mention count. */
const COLOR = '#00796b';
const key = (tabId: number) => `badge-count:${tabId}`;

/**
 * Where tab counts are kept: storage.session, which lives as long as the browser session and survives the
 * MV3 service worker's restarts (its memory does not: a worker stopped after 30 s idle and woken by a menu
 * click knew no counts, so the „?“ flash restored an empty badge, issue 16). Memory where there is no
 * storage.session (a Firefox MV2 background page is persistent, so memory lives as long there).
 */
function countStore() {
  const session = browser.storage?.session;
  const memory = new Map<number, number>();
  return {
    async get(tabId: number): Promise<number> {
      if (!session) return memory.get(tabId) ?? 0;
      const value = (await session.get(key(tabId)))[key(tabId)];
      return typeof value === 'number' ? value : 0;
    },
    async set(tabId: number, count: number): Promise<void> {
      if (session) await session.set({ [key(tabId)]: count });
      else memory.set(tabId, count);
    },
    async remove(tabId: number): Promise<void> {
      if (session) await session.remove(key(tabId));
      else memory.delete(tabId);
    },
  };
}

/** Each tab's toolbar badge: the mention count its page reported, or for a moment a sign of its own. */
export interface TabBadge {
  /** The tab's page reported `count` mentions (its top frame's content script). */
  setCount(tabId: number, count: number): Promise<void>;
  /** A new page loads in the tab: no count until its content script reports (it never does on some pages). */
  reset(tabId: number): Promise<void>;
  /** The tab was closed. */
  forget(tabId: number): Promise<void>;
  /** Shows `text` with `title` for `ms`, then the tab's count again, as kept (from before a worker restart too). */
  flash(tabId: number, text: string, title: string, ms: number): Promise<void>;
}

/** The badge of every tab, its state kept where a restarted background finds it. For the background only. */
export function tabBadge(): TabBadge {
  // MV3 has `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const counts = countStore();
  const show = async (tabId: number) => {
    const n = await counts.get(tabId);
    await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
    await action.setBadgeBackgroundColor?.({ tabId, color: COLOR });
  };
  return {
    async setCount(tabId, count) {
      await counts.set(tabId, count);
      await show(tabId);
    },
    async reset(tabId) {
      await counts.remove(tabId);
      await show(tabId);
    },
    forget: (tabId) => counts.remove(tabId),
    async flash(tabId, text, title, ms) {
      await action.setBadgeText({ tabId, text });
      await action.setTitle({ tabId, title });
      await new Promise((resolve) => setTimeout(resolve, ms));
      await show(tabId);
      await action.setTitle({ tabId, title: '' });
    },
  };
}
