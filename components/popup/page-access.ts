/**
 * Why no content script answers in a tab, judged by its address (which the popup sees through activeTab):
 * `reload` — an ordinary web page that was open before the extension was installed or updated (Chrome
 * injects content scripts only into pages loaded afterwards), or a tab the browser unloaded; reloading it
 * brings the content script. `never` — a page no extension may run on: browser and extension pages, local
 * files (the content script matches http and https only), and the add-on stores. An unknown address (the
 * browser did not show it) counts as `never`: activeTab shows the address of every web page.
 */
export type PageAccess = 'reload' | 'never';

/**
 * Hosts where browsers refuse content scripts on http(s) pages. Chromium: the Chrome Web Store
 * (chromewebstore.google.com, chrome.google.com/webstore; the addresses in the Chromium 156 binary); Edge's
 * add-on store, its Chromium counterpart. Firefox: the default of the pref
 * `extensions.webextensions.restrictedDomains` (Firefox ESR 153, greprefs.js).
 */
const RESTRICTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'never';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'never';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'never';
  const host = parsed.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.has(host)) return 'never';
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return 'never';
  return 'reload';
}
