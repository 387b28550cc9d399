import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Wiring only: the keyboard command goes to the active tab's content script, which owns the page.
export default defineBackground(() => {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'reveal-next' }).catch(() => undefined);
  });
});
