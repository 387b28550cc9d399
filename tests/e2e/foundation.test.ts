import { describe, expect, it } from 'vitest';
import { extensionSuite } from './harness/suite';
import { type ExtensionBrowser, openExtensionPage } from './harness/launch';
import { readHighlights, waitForHighlights } from './harness/page-world';

describe.each(['chromium', 'firefox'] as const)('foundation in %s', (kind) => {
  const env = extensionSuite(kind);

  it('runs the content script on a served page and registers highlights', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(page);
    const highlights = await readHighlights(page);
    expect(highlights['npa-stephan-weil']).toEqual(['Ministerpräsident Stephan Weil', 'Weil']);
    expect(highlights['npa-alliance']?.[0]).toBe('„Niedersachsen packt an“');
    await page.close();
  });

  it('opens the popup page', async () => {
    const page = await openExtensionPage(env.ext, 'popup.html');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Niedersachsen packt an');
    await page.close();
  });
});
