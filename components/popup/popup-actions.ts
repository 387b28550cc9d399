import { browser } from 'wxt/browser';
import type { EntityId } from '../../content/dataset';
import { siteOf, withPause } from '../../content/settings-schema';
import { saveSettings } from '../../content/settings-store';
import { sendToTab } from '../../content/tab-messaging';
import { followSettings } from '../settings-binding';
import type { PopupState } from './popup-state';

/** The tab the popup describes: `?tab=<id>` (popup opened in a tab), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromUrl = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function refreshPage(state: PopupState): Promise<void> {
  const tabId = await targetTab();
  if (tabId === undefined) {
    state.page.value = { kind: 'unavailable' };
    return;
  }
  try {
    state.page.value = { kind: 'ready', tabId, mentions: await sendToTab(tabId, { type: 'get-mentions' }) };
  } catch {
    // No content script answers on browser, extension and store pages.
    state.page.value = { kind: 'unavailable' };
  }
}

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

/** Scrolls the page to the next mention of `entity` and opens its card. */
export async function revealOnPage(state: PopupState, entity: EntityId): Promise<boolean> {
  const page = state.page.value;
  if (page.kind !== 'ready') return false;
  return sendToTab(page.tabId, { type: 'reveal-next', entity }).catch(() => false);
}
