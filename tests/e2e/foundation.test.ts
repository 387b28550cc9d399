import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage } from './harness/launch';
import { readHighlights, waitForHighlights } from './harness/page-world';
import { type StaticServer, startServer } from './harness/server';

describe.each(['chromium', 'firefox'] as const)('foundation in %s', (kind) => {
  let server: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('runs the content script on a served page and registers highlights', async () => {
    const page = await ext.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForHighlights(page);
    const highlights = await readHighlights(page);
    expect(highlights['npa-stephan-weil']).toEqual(['Ministerpräsident Stephan Weil', 'Weil']);
    expect(highlights['npa-alliance']?.[0]).toBe('„Niedersachsen packt an“');
    await page.close();
  });

  it('opens the popup page', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Niedersachsen packt an');
    await page.close();
  });
});
