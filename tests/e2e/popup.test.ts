import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSuite } from './harness/suite';
import { FIGURES, LINKS } from '../../content/dataset';
import { axeViolations } from './harness/axe';
import { openPopupFor } from './harness/popup';
import { waitForHighlights } from './harness/page-world';

describe.each(['chromium', 'firefox'] as const)('popup in %s', (kind) => {
  const env = extensionSuite(kind);
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await env.ext.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(article);
    popup = await openPopupFor(env.ext, article);
    await popup.waitForSelector('[data-testid="on-page"] button');
  });

  it('shows every figure of the source with its exact value', async () => {
    const values = await popup.$$eval('.figures .figure-value', (els) => els.map((e) => e.textContent));
    expect(values).toEqual(FIGURES.map((f) => f.value));
  });

  it('lists the 5 link labels; only the sourced one is a link', async () => {
    const links = await popup.$$eval('.links li', (lis) =>
      lis.map((li) => ({ text: li.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? null })),
    );
    expect(links).toHaveLength(5);
    LINKS.forEach((l, i) => {
      expect(links[i].text).toContain(l.label);
      expect(links[i].href).toBe(l.url);
    });
  });

  it('lists all 22 partners and filters German-aware', async () => {
    expect(await popup.$$eval('.partners .partner', (els) => els.length)).toBe(22);
    await popup.type('input[type="search"]', 'maedge');
    await popup.waitForFunction(() => document.querySelectorAll('.partners .partner').length < 22);
    const found = await popup.$$eval('.partners .partner', (els) => els.map((e) => (e as HTMLElement).dataset.entity));
    expect(found).toContain('ulrich-maedge');
    expect(found).not.toContain('stephan-weil');
  });

  it('lists what was found on the page with counts', async () => {
    const rows = await popup.$$eval('[data-testid="on-page"] button', (bs) =>
      bs.map((b) => [(b as HTMLElement).dataset.entity, Number(b.querySelector('.count')?.textContent)]),
    );
    const counts = Object.fromEntries(rows);
    expect(counts['stephan-weil']).toBe(2);
    expect(counts['uvn']).toBe(3);
    expect(counts['hubert-meyer']).toBe(2);
    expect(Object.keys(counts)).toHaveLength(17);
  });

  it('has no axe violations', async () => {
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('pauses the site: highlights go at once, without reload, and come back on resume', async () => {
    await popup.bringToFront();
    await popup.click('.toggle input');
    await article.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('npa-')), {
      timeout: 5000,
      polling: 100,
    });
    await popup.waitForSelector('.toggle input:checked');
    await popup.click('.toggle input');
    await waitForHighlights(article);
  });
});
