import { describe, expect, it } from 'vitest';
import { pageAccess } from '../../../../components/popup/page-access';

describe('why no content script answers (issue 15)', () => {
  it('a web page without one was opened before the install: a reload brings it', () => {
    for (const url of ['https://www.haz.de/', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])
      expect(pageAccess(url), url).toBe('reload');
  });

  it('no extension may run on browser, extension and store pages, or files; nor where the address is hidden', () => {
    for (const url of [
      'chrome://extensions/',
      'chrome://newtab/',
      'edge://settings',
      'about:addons',
      'about:blank',
      'chrome-extension://abcdefghijklmnop/popup.html',
      'moz-extension://0f1e/options.html',
      'view-source:https://www.haz.de/',
      'file:///home/user/a.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://addons.mozilla.org/de/firefox/',
      'https://microsoftedge.microsoft.com/addons/detail/x',
      'https://support.mozilla.org/',
      'not a url',
      '',
      undefined,
    ])
      expect(pageAccess(url), String(url)).toBe('never');
  });
});
