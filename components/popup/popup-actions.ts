import { browser } from 'wxt/browser';
import type { EntityId } from '../../content/dataset';
import { siteOf, withPause } from '../../content/settings-schema';
import { saveSettings } from '../../content/settings-store';
import { sendToTab } from '../../content/tab-messaging';
import { followSettings } from '../settings-binding';
import { pageAccess } from './page-access';
import type { PageState, PopupState } from './popup-state';

/** How long the popup waits for a tab that is still loading, or reloading, to answer (ms). */
const LOAD_WAIT_MS = 15_000;

interface TargetTab {
  id: number;
  /** Seen only for pages the extension may access: through activeTab when the popup opened from the toolbar. */
  url?: string;
  status?: string;
}

/** The tab the popup describes: `?tab=<id>` (popup opened in a tab), else the active tab. */
async function targetTab(): Promise<TargetTab | undefined> {
  const fromUrl = Number(new URL(location.href).searchParams.get('tab'));
  const tab =
    Number.isInteger(fromUrl) && fromUrl > 0
      ? await browser.tabs.get(fromUrl).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, status: tab.status };
}

/** Resolves once the tab has finished loading, or after LOAD_WAIT_MS. */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_WAIT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    void browser.tabs
      .get(tabId)
      .then((tab) => tab.status === 'complete' && done())
      .catch(done);
  });
}

export async function refreshPage(state: PopupState): Promise<void> {
  let tab = await targetTab();
  if (!tab) {
    state.page.value = { kind: 'unavailable' };
    return;
  }
  if (tab.status === 'loading') {
    // The content script runs at document_idle: a page still loading has none yet.
    await loaded(tab.id);
    tab = (await targetTab()) ?? tab;
  }
  try {
    state.page.value = { kind: 'ready', tabId: tab.id, mentions: await sendToTab(tab.id, { type: 'get-mentions' }) };
  } catch {
    // No content script answered: a page no extension may run on, or one opened before the install.
    state.page.value = pageAccess(tab.url) === 'reload' ? { kind: 'reload', tabId: tab.id } : { kind: 'unavailable' };
  }
}

/** Reloads a tab that was open before the install; the popup then asks its new content script. */
export async function reloadTab(state: PopupState): Promise<void> {
  const page = state.page.value;
  if (page.kind !== 'reload') return;
  state.page.value = { kind: 'loading' };
  await browser.tabs.reload(page.tabId);
  await loaded(page.tabId);
  await refreshPage(state);
  // Reloaded and still no answer: the browser keeps extensions from this page after all.
  if (stillNeedsReload(state.page.value)) state.page.value = { kind: 'unavailable' };
}

const stillNeedsReload = (page: PageState) => page.kind === 'reload';

export async function startPopup(state: PopupState): Promise<() => void> {
  const unfollow = await followSettings(state.settings);
  await refreshPage(state);
  return unfollow;
}

/** Pauses or resumes the extension on the described page's site; the content script follows the setting. */
export async function setPaused(state: PopupState, paused: boolean): Promise<void> {
  const page = state.page.value;
  if (page.kind !== 'ready') return;
  const site = siteOf(page.mentions.url);
  if (!site) return;
  await saveSettings(withPause(state.settings.value, site, paused));
  await sendToTab(page.tabId, { type: 'set-paused', paused }).catch(() => undefined);
  await refreshPage(state);
}

/** „Überall pausieren“: on every site at once, or back to the sites' own settings. */
export async function setPausedEverywhere(state: PopupState, pausedEverywhere: boolean): Promise<void> {
  await saveSettings({ ...state.settings.value, pausedEverywhere });
  state.settings.value = { ...state.settings.value, pausedEverywhere };
  const page = state.page.value;
  if (page.kind !== 'ready') return;
  // The page follows the stored setting by itself; asking it again shows its new state.
  await refreshPage(state);
}

/** Scrolls the page to the next mention of `entity` and opens its card. */
export async function revealOnPage(state: PopupState, entity: EntityId): Promise<boolean> {
  const page = state.page.value;
  if (page.kind !== 'ready') return false;
  return sendToTab(page.tabId, { type: 'reveal-next', entity }).catch(() => false);
}
