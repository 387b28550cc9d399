import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clipboardData, formatQuote, statementForSelection } from '../content/attribution';
import { reportError } from '../content/error-boundary';
import { isBackgroundRequest } from '../content/messages';
import { loadSettings } from '../content/settings-store';

const MENU_ID = 'npa-copy-quote';

// Wiring only: the keyboard command and the context menu go to the tab's content script, which owns the
// page; the content script's mention count becomes the tab's badge.
export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const counts = new Map<number, number>();
  const showCount = (tabId: number) => {
    const n = counts.get(tabId) ?? 0;
    void action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
    void action.setBadgeBackgroundColor?.({ tabId, color: '#00796b' });
  };

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'reveal-next' }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined || sender.frameId !== 0) return undefined;
    counts.set(tabId, message.count);
    showCount(tabId);
    return undefined;
  });

  // A new page in the tab: its content script reports afresh (or never, on pages it cannot run on).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    counts.delete(tabId);
    showCount(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => counts.delete(tabId));

  // Created at every start of the background, not in runtime.onInstalled: Firefox's persistent background
  // page does not keep menu entries across a browser restart (MDN, menus.create). Chrome's service worker
  // does keep them, so the entry is removed first and never created twice.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuCopyQuote'),
        contexts: ['selection'],
      }),
    )
    .catch(reportError);

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    const found = statementForSelection(info.selectionText ?? '');
    if (!found) {
      // Not from a known quote: nothing is copied, and the badge says so for a moment.
      void action.setBadgeText({ tabId, text: '?' });
      void action.setTitle({ tabId, title: browser.i18n.getMessage('menuNotAQuote') });
      setTimeout(() => {
        showCount(tabId);
        void action.setTitle({ tabId, title: '' });
      }, 4000);
      return;
    }
    const { copyFormat } = await loadSettings();
    const data = clipboardData(formatQuote(found), copyFormat);
    await browser.tabs
      .sendMessage(tabId, { type: 'write-clipboard', data }, { frameId: info.frameId ?? 0 })
      .catch(() => undefined);
  });
});
