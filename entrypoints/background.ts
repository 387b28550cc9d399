import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundRequest } from '../content/messages';

// Wiring only: the keyboard command goes to the active tab's content script, which owns the page;
// the content script's mention count becomes the tab's badge.
export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'reveal-next' }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined || sender.frameId !== 0) return undefined;
    void action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    void action.setBadgeBackgroundColor?.({ tabId, color: '#00796b' });
    return undefined;
  });

  // A new page in the tab: its content script reports afresh (or never, on pages it cannot run on).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });
});
