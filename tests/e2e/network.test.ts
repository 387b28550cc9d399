import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite } from './harness/suite';
import { type ExtensionBrowser, openExtensionPage } from './harness/launch';
import { mentionPoint } from './harness/mentions';
import { waitForHighlights } from './harness/page-world';
import { openPopupFor } from './harness/popup';

describe.each(['chromium', 'firefox'] as const)('no network in %s', (kind) => {
  const env = extensionSuite(kind);
  const seen: string[] = [];
  const watch = (page: Page) => page.on('request', (r: HTTPRequest) => seen.push(r.url()));

  it('makes no request while scanning, showing a card, copying, and in popup and options', async () => {
    const article = await env.ext.newPage();
    watch(article);
    await article.setViewport({ width: 1100, height: 900 });
    await article.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(article);
    const p = await mentionPoint(article, 'npa-stephan-weil');
    await article.mouse.move(p.x, p.y);
    await article.waitForFunction(
      () => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'),
    );
    await article.evaluate(() =>
      document
        .querySelector('npa-card')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button[data-npa-copy]')!
        .click(),
    );

    const popup = await openPopupFor(env.ext, article);
    watch(popup);
    await popup.waitForSelector('[data-testid="on-page"] button');
    await popup.type('input[type="search"]', 'Weil');
    const options = await openExtensionPage(env.ext, 'options.html');
    watch(options);
    await options.click('input[name="style"][value="background"]');
    await new Promise((r) => setTimeout(r, 1000));

    const outside = seen.filter(
      (u) => !u.startsWith(env.server.origin) && !/^(chrome|moz)-extension:|^about:|^data:/.test(u),
    );
    expect(outside).toEqual([]);
    // What reached our server is what the page itself loads, nothing the extension asked for.
    const paths = env.server.requests.map((r) => r.split('?')[0]);
    expect(paths).toContain('/article.html');
    expect(paths.filter((r) => r !== '/article.html' && r !== '/favicon.ico')).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
  });
});
