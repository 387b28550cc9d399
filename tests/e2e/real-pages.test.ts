import { existsSync, readdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../content/engine/matcher';
import { extensionSuite } from './harness/suite';
import { type ExtensionBrowser, openExtensionPage } from './harness/launch';
import { readHighlights, serializedDom } from './harness/page-world';
import { INJECTED_EXPECTED, REAL_PAGES } from './harness/server';

/** Scripts of the pages are blocked (so only the extension could change the DOM), as are outside loads. */
const CSP = "script-src 'none'; default-src 'self' data: 'unsafe-inline'";
/** Per page, from navigation start to the content script's answer. */
const BUDGET_MS = 5000;
/** The saved pages live beside the repository (../shared/real-pages), not in it: without them this sweep is skipped. */
const HAVE_PAGES = existsSync(REAL_PAGES);
if (!HAVE_PAGES)
  console.warn(`real-pages sweep SKIPPED: ${REAL_PAGES} is not there (the saved pages are not part of the repository)`);
const PAGES = HAVE_PAGES
  ? readdirSync(REAL_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

type Api = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
};

/** Asks the tab's content script what it found: proof that it ran, and its result. */
async function askContentScript(
  controller: Page,
  tabId: number,
): Promise<{ counts: { entity: string; count: number }[] }> {
  return controller.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        const reply = (await api.tabs.sendMessage(id, { type: 'get-mentions' })) as {
          ok: boolean;
          value: { counts: [] };
        };
        if (reply?.ok) return reply.value;
      } catch {
        // Not injected yet.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('content script never answered');
  }, tabId);
}

describe.skipIf(!HAVE_PAGES).each(['chromium', 'firefox'] as const)('130 real pages in %s', (kind) => {
  const env = extensionSuite(kind, { plain: true });
  let page: Page;
  let baseline: Page;
  let controller: Page;
  let tabId: number;
  const errors: string[] = [];
  /** The page the sweep was on when an error came (a report alone did not say which of 130 it was). */
  let current = 'article.html';

  beforeAll(async () => {
    baseline = await env.plain.newPage();
    controller = await openExtensionPage(env.ext, 'options.html');
    page = await env.ext.newPage();
    // Only what is attributable to the extension counts: the pages' own blocked scripts and resources
    // (which Firefox reports as page errors too) are the point of the CSP, not ours.
    // Our own extension's URL: saved pages also reference other extensions' files.
    const ours = new RegExp(`${escapeRegExp(env.ext.extensionBase)}|Kontextkarten`);
    page.on('pageerror', (e) => {
      const text = `${String(e)} ${(e as Error).stack ?? ''}`;
      // CSP reports name the blocked URL, which on saved pages can be some other extension's.
      if (ours.test(text) && !text.includes('Content-Security-Policy')) errors.push(`${current}: pageerror: ${text}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && ours.test(`${m.text()} ${m.location().url ?? ''}`))
        errors.push(`${current}: console: ${m.text()}`);
      if (m.text().includes('[Kontextkarten]')) errors.push(`${current}: console: ${m.text()}`);
    });
    await page.goto(`${env.server.origin}/article.html`);
    tabId = (await controller.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const [tab] = await (g.browser ?? g.chrome).tabs.query({ active: true, currentWindow: true });
      return tab.id;
    }))!;
  });

  it(`changes nothing and finds nothing on ${PAGES.length} pages without mentions`, async () => {
    const slow: string[] = [];
    for (const file of PAGES) {
      current = file;
      const url = `${env.server.origin}/real/${file}?csp=${encodeURIComponent(CSP)}`;
      const started = Date.now();
      await page.goto(url, { waitUntil: 'load' });
      const found = await askContentScript(controller, tabId);
      if (Date.now() - started > BUDGET_MS) slow.push(file);
      expect(found.counts, file).toEqual([]);
      expect(Object.keys(await readHighlights(page)), file).toEqual([]);
      await baseline.goto(url, { waitUntil: 'load' });
      expect(await serializedDom(page), file).toBe(await serializedDom(baseline));
    }
    expect(slow).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('finds exactly the injected mentions on every page, and nothing else', async () => {
    for (const file of PAGES) {
      current = `${file} (injected)`;
      await page.goto(`${env.server.origin}/real/${file}?inject=1&csp=${encodeURIComponent(CSP)}`, {
        waitUntil: 'load',
      });
      await askContentScript(controller, tabId);
      expect(await readHighlights(page), file).toEqual(INJECTED_EXPECTED);
    }
    expect(errors).toEqual([]);
  }, 600_000);
});
