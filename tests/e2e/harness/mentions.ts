import type { Page } from 'puppeteer-core';

/** Client coordinates of the middle of the `index`-th range of highlight `name` (read in the page world). */
export async function mentionPoint(page: Page, name: string, index = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (n: string, i: number) => {
      const highlight = CSS.highlights.get(n) as unknown as Set<Range> | undefined;
      if (!highlight) return null;
      const ranges = [...highlight].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[i];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    name,
    index,
  );
  if (!point) throw new Error(`no range ${index} for ${name}`);
  return point;
}

/** The open card as the page sees it: entity and quote texts, or null when no card is shown. */
export async function readCard(page: Page): Promise<{ entity: string; quotes: string[]; copyButtons: number } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('npa-card')?.shadowRoot?.querySelector<HTMLElement>('[data-npa-card]');
    if (!card) return null;
    return {
      entity: card.dataset.entity ?? '',
      quotes: [...card.querySelectorAll('blockquote')].map((b) => b.textContent ?? ''),
      copyButtons: card.querySelectorAll('button[data-npa-copy]').length,
    };
  });
}
