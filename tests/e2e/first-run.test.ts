import type { Page, Target } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE } from '../../components/welcome/sample-article';
import { axeViolations } from './harness/axe';
import { findExtensionPage, pollDocument, storeSettings } from './harness/launch';
import { mentionPoint, readCard } from './harness/mentions';
import { readHighlights } from './harness/page-world';
import { extensionSuite } from './harness/suite';

type Api = {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

/** The page's highlights as the page sees them, once at least `n` entities are marked. */
async function highlightsOf(page: Page, n: number): Promise<Record<string, string[]>> {
  await pollDocument(
    page,
    (count) => [...CSS.highlights.keys()].filter((k) => k.startsWith('npa-')).length >= Number(count),
    String(n),
  );
  return readHighlights(page);
}

describe.each(['chromium', 'firefox'] as const)('first run in %s', (kind) => {
  const env = extensionSuite(kind, { launch: { welcome: 'keep' } });

  it('opens the welcome page on install; the engine marks the sample article and a card opens on hover', async () => {
    const welcome = env.ext.welcome!;
    expect(welcome).toBeDefined();
    await welcome.setViewport({ width: 1000, height: 900 });
    const expected = Object.fromEntries(
      Object.entries(SAMPLE_ARTICLE.expected).map(([entity, texts]) => [`npa-${entity}`, texts]),
    );
    expect(await highlightsOf(welcome, Object.keys(expected).length)).toEqual(expected);

    const p = await mentionPoint(welcome, 'npa-ralf-meister');
    await welcome.mouse.move(p.x, p.y);
    await pollDocument(
      welcome,
      () => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'),
    );
    const card = await readCard(welcome);
    expect(card?.entity).toBe('ralf-meister');
    expect(card?.quotes[0]).toMatch(/^„Niedersachsen packt an“ war und ist eine wichtige Initiative/);
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.mouse.move(2, 2);
  });

  it('speaks the browser’s language until the reader chooses (English here), with one sentence on what it does', async () => {
    const welcome = env.ext.welcome!;
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await welcome.$eval('[data-testid="what"]', (p) => p.textContent)).toMatch(
      /^The extension marks mentions .* – it changes no page, sends nothing and marks nothing else/,
    );
    // The sample stays German, like the pages the extension reads.
    expect(await welcome.$eval('[data-testid="sample"]', (a) => a.getAttribute('lang'))).toBe('de');
  });

  it('shows each shortcut as commands.getAll reports it', async () => {
    const welcome = env.ext.welcome!;
    await pollDocument(welcome, () => !!document.querySelector('[data-testid="shortcuts"]'));
    const reported = await welcome.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (g.browser ?? g.chrome).commands.getAll()).filter((c) => c.name !== '_execute_action');
    });
    const shown = await welcome.$$eval('[data-command]', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.command, r.querySelector('kbd')?.textContent ?? '']),
    );
    expect(shown).toEqual(reported.map((c) => [c.name, c.shortcut ?? '']));
    expect(shown).toEqual([
      ['next-mention', 'Alt+Shift+K'],
      ['toggle-pause', 'Alt+Shift+U'],
    ]);
  });

  it('jumps to the next mention by the shortcut on the welcome page too', async () => {
    const welcome = env.ext.welcome!;
    await welcome.keyboard.press('Escape');
    await welcome.keyboard.down('Alt');
    await welcome.keyboard.down('Shift');
    await welcome.keyboard.press('KeyK');
    await welcome.keyboard.up('Shift');
    await welcome.keyboard.up('Alt');
    // The card of the mention after the one hovered before, with focus for the keyboard.
    await pollDocument(welcome, () => {
      const card = document.querySelector('npa-card')?.shadowRoot?.querySelector<HTMLElement>('[data-npa-card]');
      return card?.dataset.entity === 'volker-mueller' && document.activeElement?.localName === 'npa-card';
    });
    await welcome.keyboard.press('Escape');
  });

  it('links to the settings', async () => {
    const welcome = env.ext.welcome!;
    await welcome.click('[data-testid="open-settings"]');
    const options = await findExtensionPage(env.ext, 'options.html');
    await pollDocument(options, () => !!document.querySelector('input[name="style"]'));
    await options.close();
  });
});

describe('a tab opened before the install (chromium)', () => {
  let before: Page;
  let browserPage: Page;
  const env = extensionSuite('chromium', {
    launch: {
      beforeInstall: async (browser) => {
        before = await browser.newPage();
        await before.goto(`${env.server.origin}/article.html`);
        browserPage = await browser.newPage();
        await browserPage.goto('chrome://version');
      },
    },
  });

  /** Opens the real popup from the toolbar for `page` (which grants activeTab, as a reader's click does). */
  async function popupFor(page: Page): Promise<Page> {
    const id = new URL(env.ext.extensionBase).host;
    const extension = (await env.ext.browser.extensions()).get(id)!;
    await page.bringToFront();
    const known = new Set(env.ext.browser.targets());
    const opened = env.ext.browser.waitForTarget((t: Target) => t.url().endsWith('/popup.html') && !known.has(t), {
      timeout: 10_000,
    });
    await page.triggerExtensionAction(extension);
    const popup = (await (await opened).asPage())!;
    await popup.waitForSelector('[data-state]', { timeout: 10_000 });
    return popup;
  }

  it('offers „Diese Seite neu laden“; after the reload the page is read', async () => {
    // The reader's choice: German.
    await storeSettings(env.ext, { lang: 'de' });

    expect(await before.evaluate(() => CSS.highlights.size)).toBe(0);
    const popup = await popupFor(before);
    const state = await popup.$eval('[data-state]', (el) => (el as HTMLElement).dataset.state);
    expect(state).toBe('reload');
    const button = await popup.$('[data-state="reload"] button');
    expect(await button!.evaluate((b) => b.textContent)).toBe('Diese Seite neu laden');
    await button!.click();
    await before.waitForFunction(() => CSS.highlights.has('npa-stephan-weil'), { timeout: 15_000, polling: 100 });
    await popup.waitForSelector('[data-testid="on-page"] button', { timeout: 15_000 });
    await popup.close();
  });

  it('tells a browser page apart: no extension may run there, and no reload is offered', async () => {
    const popup = await popupFor(browserPage);
    expect(await popup.$eval('[data-state]', (el) => (el as HTMLElement).dataset.state)).toBe('unavailable');
    expect(await popup.$('[data-state="reload"]')).toBeNull();
  });
});
