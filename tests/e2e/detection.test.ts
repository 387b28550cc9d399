import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite } from './harness/suite';
import { openPopupFor } from './harness/popup';
import { readHighlights, serializedDom, waitForHighlights } from './harness/page-world';

const EXPECTED = {
  'npa-stephan-weil': ['Ministerpräsident Stephan Weil'],
  'npa-nst': ['Niedersächsischen Städte\u00adtages'],
  'npa-ulrich-maedge': ['Ulrich Mäd\u00adge'],
  'npa-alliance': ['Niedersachsen\u00a0packt\nan', 'NIEDERSACHSEN PACKT AN'],
  'npa-doris-schroeder-koepf': ['Doris Schröder\u2011Köpf'],
  'npa-dgb-nbs': ['DGB-Bezirk Niedersachsen – Bremen – Sachsen-Anhalt'],
  'npa-heiner-wilmer': ['Bischof Dr. Heiner Wilmer'],
};

/** The same page parsed afresh (no scripts, no extension), serialized like the live one. */
async function pristineDom(page: Page, url: string): Promise<string> {
  return page.evaluate(async (href: string) => {
    const html = await (await fetch(href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.documentElement.outerHTML;
  }, url);
}

async function waitForHighlight(page: Page, name: string, present: boolean): Promise<void> {
  await page.waitForFunction(
    (n: string, p: boolean) => CSS.highlights.has(n) === p,
    { timeout: 5000, polling: 50 },
    name,
    present,
  );
}

describe.each(['chromium', 'firefox'] as const)('detection in %s', (kind) => {
  const env = extensionSuite(kind);

  it('marks exactly the expected ranges: across elements, soft hyphens, NBSP, line breaks, dashes, open shadow DOM', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${env.server.origin}/detection.html`);
    await waitForHighlight(page, 'npa-heiner-wilmer', true);
    expect(await readHighlights(page)).toEqual(EXPECTED);
    await page.close();
  });

  it('changes no byte of the page (scripts blocked by CSP, so only the extension could)', async () => {
    const page = await env.ext.newPage();
    const url = `${env.server.origin}/detection.html?csp=${encodeURIComponent("script-src 'none'")}`;
    await page.goto(url);
    await waitForHighlights(page);
    expect(Object.keys(await readHighlights(page))).toContain('npa-stephan-weil');
    expect(await serializedDom(page)).toBe(await pristineDom(page, url));
    await page.close();
  });

  it('scans text added later and drops highlights of removed text', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${env.server.origin}/article.html`);
    await waitForHighlights(page);
    expect(await page.evaluate(() => CSS.highlights.has('npa-marco-trips'))).toBe(false);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.innerHTML = 'Später meldete sich auch <em>Dr. Marco</em> Trips vom Niedersächsischen Städte- und Gemeindebund.';
      document.querySelector('article')!.append(p);
    });
    await waitForHighlight(page, 'npa-marco-trips', true);
    expect((await readHighlights(page))['npa-marco-trips']).toEqual(['Dr. Marco Trips']);
    await page.evaluate(() => document.getElementById('late')!.remove());
    await waitForHighlight(page, 'npa-marco-trips', false);
    await waitForHighlight(page, 'npa-nsgb', false);
    await page.close();
  });

  it('lists mentions inside and outside shadow roots together on the popup', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${env.server.origin}/detection.html`);
    await waitForHighlight(page, 'npa-heiner-wilmer', true);
    const popup = await openPopupFor(env.ext, page);
    await popup.waitForSelector('[data-testid="on-page"] button');
    const listed = await popup.$$eval('[data-testid="on-page"] button', (bs) =>
      bs.map((b) => (b as HTMLElement).dataset.entity),
    );
    expect(listed).toEqual(expect.arrayContaining(['stephan-weil', 'heiner-wilmer']));
    await popup.close();
    await page.close();
  });
});
