import type { Page } from 'puppeteer-core';

/** What the page itself sees in CSS.highlights: highlight name → texts of its ranges, in document order. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!registry) return out;
    for (const [name, highlight] of registry) {
      const ranges = [...highlight].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((r) => r.toString());
    }
    return out;
  });
}

/** Waits until the page sees at least one `npa-*` highlight (the content script ran). */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      return !!registry && [...registry.keys()].some((k) => k.startsWith('npa-'));
    },
    { timeout, polling: 100 },
  );
}

/** The page's serialized DOM without the extension's own card element. */
export async function serializedDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const card of clone.querySelectorAll('npa-card')) card.remove();
    return clone.outerHTML;
  });
}
