import type { Page } from 'puppeteer-core';

/** A pause the page's own timers saw: when it began (ms since navigation start) and how long it lasted. */
export interface Pause {
  at: number;
  ms: number;
}

/**
 * Installs, before the page loads, a page-world timer that records every gap of 50 ms or more between its
 * 5 ms ticks from DOMContentLoaded on (tasks before that are parsing, the page's own; the content script
 * runs at document_idle, after it).
 *
 * Why not the Long Tasks API: Chromium does not report tasks of extension content scripts there (a 200 ms
 * unsliced scan went unreported, measured), and Firefox has no such API. A task of ours blocks the page's
 * timers in both browsers, so this sees it.
 */
export async function installPauseProbe(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __pauses: { at: number; ms: number }[] };
    w.__pauses = [];
    document.addEventListener('DOMContentLoaded', () => {
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        if (now - last >= 50) w.__pauses.push({ at: Math.round(last), ms: Math.round(now - last) });
        last = now;
      }, 5);
    });
  });
}

/** The pauses recorded so far by `installPauseProbe`. */
export async function readPauses(page: Page): Promise<Pause[]> {
  return page.evaluate(() => (window as unknown as { __pauses?: Pause[] }).__pauses ?? []);
}

/**
 * The pauses from the load event on. Firefox starts document_idle content scripts at the load event
 * (measured: 3–4 ms before loadEventEnd), so a task of ours can only pause the page from there; a pause
 * that began earlier is the page's own first layout (which Firefox runs at DOMContentLoaded or not, at
 * random: 0–260 ms on 100,000 elements, measured without any extension).
 */
export async function readPausesAfterLoad(page: Page): Promise<Pause[]> {
  const [pauses, loadStart] = await Promise.all([
    readPauses(page),
    page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart),
  ]);
  // The last tick before a pause of ours may be a few ms before the load event.
  return pauses.filter((p) => p.at >= loadStart - 10);
}
