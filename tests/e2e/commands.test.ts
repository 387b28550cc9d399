import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, pollDocument } from './harness/launch';
import { readCard } from './harness/mentions';
import { waitForHighlights } from './harness/page-world';
import { openPopupFor } from './harness/popup';
import { extensionSuite } from './harness/suite';

type Api = {
  commands: {
    getAll(): Promise<{ name?: string; description?: string; shortcut?: string }[]>;
    update?(detail: { name: string; shortcut: string }): Promise<void>;
    reset?(name: string): Promise<void>;
  };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  action?: { getBadgeText(d: { tabId?: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId?: number }): Promise<string> };
};

/** The paused sign on the badge (content/badge-state.ts). */
const PAUSED = '‖';

/** Presses Alt+Shift+`letter` as a reader does (modifiers held down, the key pressed). */
async function altShift(page: Page, letter: string): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(`Key${letter}` as 'KeyK');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

const cardOpen = (page: Page) =>
  page.evaluate(() => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'));
const marked = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('npa-')));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['chromium', 'firefox'] as const)('keyboard commands and pausing in %s', (kind) => {
  const env = extensionSuite(kind);
  /** An extension page to ask the browser's APIs from. */
  let ext: Page;
  let origin: (sub: string) => string;

  const storedSettings = () =>
    ext.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (g.browser ?? g.chrome).storage.sync.get('settings')).settings as {
        pausedSites?: string[];
        pausedEverywhere?: boolean;
      };
    });
  /** The id of the tab showing `page` (the active one once it is brought to the front). */
  const tabOf = async (page: Page) => {
    await page.bringToFront();
    return ext.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const [tab] = await (g.browser ?? g.chrome).tabs.query({ active: true, currentWindow: true });
      return tab.id!;
    });
  };
  /** Waits until the toolbar badge of `page`'s tab shows `text` (the page reports its state after 200 ms). */
  const badgeShows = async (page: Page, text: string | RegExp) => {
    const tabId = await tabOf(page);
    const expected = typeof text === 'string' ? `^${text}$` : text.source;
    await ext.waitForFunction(
      async (id: number, pattern: string) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return new RegExp(pattern).test(await (api.action ?? api.browserAction!).getBadgeText({ tabId: id }));
      },
      { timeout: 5000, polling: 100 },
      tabId,
      expected,
    );
  };

  beforeAll(async () => {
    ext = await openExtensionPage(env.ext, 'options.html');
    const port = new URL(env.server.origin).port;
    // *.localhost reaches the loopback server in both browsers: hosts with subdomains, no DNS.
    origin = (sub) => `http://${sub}npa.localhost:${port}`;
  });

  it('lists both commands in the browser’s shortcut settings, with their descriptions', async () => {
    const commands = await ext.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (g.browser ?? g.chrome).commands.getAll()).filter((c) => c.name !== '_execute_action');
    });
    expect(commands.map(({ name, description, shortcut }) => ({ name, description, shortcut }))).toEqual([
      { name: 'next-mention', description: 'Go to the next mention and open its card', shortcut: 'Alt+Shift+K' },
      { name: 'toggle-pause', description: 'Pause or resume on this site', shortcut: 'Alt+Shift+U' },
    ]);
  });

  it('goes to the next mention by its key, once per press', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${origin('www.')}/article.html`);
    await waitForHighlights(page);
    await altShift(page, 'K');
    await pollDocument(page, () => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'));
    expect((await readCard(page))?.entity).toBe('alliance');
    await page.keyboard.press('Escape');
    await altShift(page, 'K');
    await pollDocument(page, () => {
      const card = document.querySelector('npa-card')?.shadowRoot?.querySelector<HTMLElement>('[data-npa-card]');
      return card?.dataset.entity === 'stephan-weil';
    });
    await page.close();
  });

  it('never acts while focus is in an editable field', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${origin('www.')}/article.html`);
    await waitForHighlights(page);
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'field';
      document.body.prepend(field);
    });
    await page.focus('#field');
    await altShift(page, 'K');
    await altShift(page, 'U');
    await sleep(800);
    expect(await cardOpen(page)).toBe(false);
    expect(await marked(page)).toBe(true);
    expect((await storedSettings())?.pausedSites ?? []).toEqual([]);
    await page.close();
  });

  it('pauses on this site by its key, for all its subdomains, shown on the badge; the key again resumes', async () => {
    const www = await env.ext.newPage();
    await www.goto(`${origin('www.')}/article.html`);
    await waitForHighlights(www);
    await altShift(www, 'U');
    await www.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('npa-')), {
      timeout: 5000,
      polling: 100,
    });
    // Stored without „www.“: the site with every subdomain.
    expect((await storedSettings()).pausedSites).toEqual(['npa.localhost']);
    await badgeShows(www, PAUSED);

    for (const sub of ['', 'news.']) {
      const other = await env.ext.newPage();
      await other.goto(`${origin(sub)}/article.html`);
      await sleep(1500);
      expect(await marked(other), `${sub}npa.localhost`).toBe(false);
      await badgeShows(other, PAUSED);
      await other.close();
    }
    // Another site is not paused.
    const elsewhere = await env.ext.newPage();
    await elsewhere.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(elsewhere);
    await elsewhere.close();

    await www.bringToFront();
    await altShift(www, 'U');
    await waitForHighlights(www);
    expect((await storedSettings()).pausedSites).toEqual([]);
    await www.close();
  });

  it('pauses everywhere from the popup; the badge and the popup say so', async () => {
    const article = await env.ext.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(article);
    const popup = await openPopupFor(env.ext, article);
    await popup.waitForSelector('[data-testid="on-page"] button');
    await popup.bringToFront();
    await popup.click('input[name="pausedEverywhere"]');
    await article.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('npa-')), {
      timeout: 5000,
      polling: 100,
    });
    await popup.waitForSelector('[data-state="paused"]');
    expect(await popup.$eval('[data-state="paused"]', (p) => p.textContent)).toBe(
      'Paused everywhere – the extension marks nothing on any page.',
    );
    expect((await storedSettings()).pausedEverywhere).toBe(true);
    await badgeShows(article, PAUSED);
    // The settings page shows it, and resumes from there.
    await ext.bringToFront();
    await ext.waitForSelector('input[name="pausedEverywhere"]:checked');
    await ext.click('input[name="pausedEverywhere"]');
    await waitForHighlights(article);
    await badgeShows(article, /^\d+$/);
    await popup.close();
    await article.close();
  });

  it.runIf(kind === 'firefox')(
    'follows the reader’s own binding (Firefox can change it by API): the default key then does nothing',
    async () => {
      await ext.evaluate(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        await (g.browser ?? g.chrome).commands.update!({ name: 'next-mention', shortcut: 'Alt+Shift+Y' });
      });
      const page = await env.ext.newPage();
      await page.goto(`${env.server.origin}/article.html`);
      await waitForHighlights(page);
      await altShift(page, 'K');
      await sleep(800);
      expect(await cardOpen(page)).toBe(false);
      await altShift(page, 'Y');
      await pollDocument(
        page,
        () => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'),
      );
      await ext.evaluate(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        await (g.browser ?? g.chrome).commands.reset!('next-mention');
      });
      await page.close();
    },
  );
});
