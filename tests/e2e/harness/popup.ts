import type { Page } from 'puppeteer-core';
import { type ExtensionBrowser, openExtensionPage, pollDocument } from './launch';

/** Opens the popup in a tab, describing the tab `article` (the active one when the popup asks). */
export async function openPopupFor(ext: ExtensionBrowser, article: Page): Promise<Page> {
  const popup = await openExtensionPage(ext, 'popup.html');
  await article.bringToFront();
  const tabId = await popup.evaluate(async () => {
    // Firefox's `browser` returns promises; Chromium's MV3 `chrome` does too.
    type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    const api = g.browser ?? g.chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab.id;
  });
  await popup.evaluate((id: number) => {
    location.href = `popup.html?tab=${id}`;
  }, tabId!);
  await pollDocument(popup, () => location.search.startsWith('?tab=') && document.readyState === 'complete');
  return popup;
}
