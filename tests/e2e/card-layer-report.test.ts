import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, readCard } from './harness/mentions';
import { waitForHighlights } from './harness/page-world';
import { extensionSuite, grantClipboard } from './harness/suite';

async function waitForCard(page: Page, entity: string): Promise<void> {
  await page.waitForFunction(
    (e: string) =>
      document.querySelector('npa-card')?.shadowRoot?.querySelector<HTMLElement>('[data-npa-card]')?.dataset.entity ===
      e,
    { timeout: 5000, polling: 50 },
    entity,
  );
}

/** What the page sees at the middle of the open card: the topmost element there (the shadow host for our card). */
const topmostAtCard = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('npa-card')!.shadowRoot!.querySelector('[data-npa-card]')!;
    const r = card.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.localName ?? null;
  });

/** Clicks a control inside the card's shadow root as a reader does (the pointer moves there first). */
async function clickInCard(page: Page, selector: string): Promise<void> {
  const box = await page.evaluate((s: string) => {
    const el = document.querySelector('npa-card')!.shadowRoot!.querySelector(s)!;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await page.mouse.click(box.x, box.y);
}

describe.each(['chromium', 'firefox'] as const)('the card above everything, and its report, in %s', (kind) => {
  const env = extensionSuite(kind);
  let page: Page;

  beforeAll(async () => {
    await grantClipboard(env);
    page = await env.ext.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${env.server.origin}/top-layer.html`);
    await waitForHighlights(page);
  });

  it('is the topmost element above a layer at z-index 2147483647', async () => {
    const p = await mentionPoint(page, 'npa-ralf-meister');
    await page.mouse.move(p.x, p.y);
    await waitForCard(page, 'ralf-meister');
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('max-z')!).zIndex)).toBe('2147483647');
    expect(await topmostAtCard(page)).toBe('npa-card');
    // A layer the page adds later, after our element, that takes the pointer: with equal z-index the later one
    // would win, the top layer does not care.
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'late-cover';
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgb(0 0 200 / 0.05)';
      document.documentElement.append(cover);
    });
    expect(await topmostAtCard(page)).toBe('npa-card');
    await page.evaluate(() => document.getElementById('late-cover')!.remove());
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'));
  });

  it('is the topmost element above an open modal <dialog>, and works there', async () => {
    await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).showModal());
    await page.waitForFunction(() => CSS.highlights.has('npa-stephan-weil'), { timeout: 5000, polling: 100 });
    const p = await mentionPoint(page, 'npa-stephan-weil');
    await page.mouse.move(p.x, p.y);
    await waitForCard(page, 'stephan-weil');
    expect(await page.evaluate(() => document.querySelector('dialog:modal')?.id)).toBe('modal');
    expect(await topmostAtCard(page)).toBe('npa-card');
    // Not inert under the dialog: its buttons take the pointer.
    await clickInCard(page, 'button.close');
    await page.waitForFunction(() => !document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'));
  });

  it('stays on top when the dialog closes', async () => {
    const p = await mentionPoint(page, 'npa-stephan-weil');
    await page.mouse.move(p.x, p.y);
    await waitForCard(page, 'stephan-weil');
    await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).close());
    await page.keyboard.press('Escape');
    const q = await mentionPoint(page, 'npa-ralf-meister');
    await page.mouse.move(q.x, q.y);
    await waitForCard(page, 'ralf-meister');
    expect(await topmostAtCard(page)).toBe('npa-card');
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'));
  });

  it('„Falsche Markierung melden“ copies a short report, without the address unless ticked', async () => {
    const p = await mentionPoint(page, 'npa-ralf-meister');
    await page.mouse.move(p.x, p.y);
    await waitForCard(page, 'ralf-meister');
    await clickInCard(page, '[data-npa-menu]');
    await clickInCard(page, '[data-npa-report-open]');
    await page.waitForFunction(
      () => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-report]'),
    );
    await clickInCard(page, '[data-npa-report-copy]');
    await page.waitForFunction(
      async () => (await navigator.clipboard.readText()).startsWith('Wrong mark – Context cards'),
      { timeout: 5000, polling: 100 },
    );
    const report = await page.evaluate(() => navigator.clipboard.readText());
    const version = (await readCard(page)) && (await manifestVersion());
    expect(report.split('\n')).toEqual([
      'Wrong mark – Context cards',
      'Sentence: Für den Test geschrieben: Landesbischof Ralf Meister sprach über das Bündnis „Niedersachsen packt an“.',
      'Marked: „Landesbischof Ralf Meister“',
      'Detected as: Ralf Meister (person, ralf-meister)',
      `Extension: ${version}`,
      expect.stringMatching(/^Dataset: Pressemitteilung 30\.11\.2020, 22\/\d+\/\d+, [0-9a-f]{8}$/),
    ]);
    expect(report).not.toContain(env.server.origin);
    // Nothing was sent: the server saw only the page itself (and the browser's own favicon request).
    expect(env.server.requests.filter((r) => !/^\/(top-layer\.html|favicon\.ico)$/.test(r))).toEqual([]);

    await clickInCard(page, '[data-npa-report-address]');
    await clickInCard(page, '[data-npa-report-copy]');
    await page.waitForFunction(
      async (origin: string) => (await navigator.clipboard.readText()).includes(origin),
      { timeout: 5000, polling: 100 },
      env.server.origin,
    );
    expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n').at(-1)).toBe(
      `Address: ${env.server.origin}/top-layer.html`,
    );
  });

  /** The version in the built manifest, as the report states it. */
  async function manifestVersion(): Promise<string> {
    const { readFile } = await import('node:fs/promises');
    const { BUILDS } = await import('./harness/launch');
    return JSON.parse(await readFile(`${BUILDS[kind]}/manifest.json`, 'utf8')).version;
  }
});
