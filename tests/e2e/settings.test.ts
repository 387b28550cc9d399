import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSuite } from './harness/suite';
import { axeViolations } from './harness/axe';
import { type ExtensionBrowser, openExtensionPage } from './harness/launch';
import { readHighlights, waitForHighlights } from './harness/page-world';

type Api = {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { sync: { set(v: object): Promise<void>; clear(): Promise<void> } };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const highlightNames = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].sort());

describe.each(['chromium', 'firefox'] as const)('settings in %s', (kind) => {
  const env = extensionSuite(kind);
  let article: Page;
  let options: Page;
  let articleTab: number;

  beforeAll(async () => {
    options = await openExtensionPage(env.ext, 'options.html');
    article = await env.ext.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(article);
    articleTab = (await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const [tab] = await (g.browser ?? g.chrome).tabs.query({ active: true, currentWindow: true });
      return tab.id;
    }))!;
    await options.bringToFront();
  });

  it('shows the number of mentions as the toolbar badge', async () => {
    const total = Object.values(await readHighlights(article)).reduce((n, ranges) => n + ranges.length, 0);
    expect(total).toBeGreaterThan(20);
    await options.waitForFunction(
      async (tabId: number, expected: string) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const action = api.action ?? api.browserAction!;
        return (await action.getBadgeText({ tabId })) === expected;
      },
      { timeout: 5000, polling: 200 },
      articleTab,
      String(total),
    );
  });

  it('changes the highlight style on an open page without reload', async () => {
    await options.click('input[name="style"][value="background"]');
    await article.waitForFunction(() => CSS.highlights.has('kk-background-standard-person'), {
      timeout: 5000,
      polling: 100,
    });
    const h = await readHighlights(article);
    expect(h['kk-background-standard-person']).toContain('Ministerpräsident Stephan Weil');
    expect(h['npa-stephan-weil']).toEqual(['Ministerpräsident Stephan Weil', 'Weil']);

    await options.click('input[name="style"][value="off"]');
    await article.waitForFunction(() => CSS.highlights.size === 0, { timeout: 5000, polling: 100 });

    await options.click('input[name="style"][value="underline"]');
    await waitForHighlights(article);
    expect((await highlightNames(article)).every((n) => n.startsWith('npa-'))).toBe(true);
  });

  it('marks only the kinds the reader chose', async () => {
    await options.click('input[name="kind-person"]');
    await article.waitForFunction(() => !CSS.highlights.has('npa-stephan-weil'), { timeout: 5000, polling: 100 });
    expect(await highlightNames(article)).toContain('npa-alliance');
    await options.click('input[name="kind-person"]');
    await article.waitForFunction(() => CSS.highlights.has('npa-stephan-weil'), { timeout: 5000, polling: 100 });
  });

  it('survives garbage in storage: defaults apply field by field', async () => {
    await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      await (g.browser ?? g.chrome).storage.sync.set({
        settings: { highlightStyle: 42, kinds: 'none', pausedSites: 'all' },
      });
    });
    await article.reload();
    await waitForHighlights(article);
    expect(await highlightNames(article)).toContain('npa-stephan-weil');
    await options.close();
    options = await openExtensionPage(env.ext, 'options.html');
    await options.waitForSelector('input[name="style"][value="underline"]:checked', { timeout: 5000 });
  });

  it('has no axe violations on the options page', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });
});
