/**
 * How the bench measures one side on one page: load the page in that side's browser and read CDP
 * `ScriptDuration` (all script the page's renderer ran for this document, content scripts and their later
 * timers included) once the side's work is over. The figure resets with each navigation, so one tab per
 * browser serves all loads. Polling the page over CDP (`Runtime.callFunctionOn`) does not count in it
 * (measured: 0.00 ms for 20 evaluations).
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness/launch';

export type Side = 'none' | 'floor' | 'ours' | 'markjs' | 'markjsFlat';
/** The four sides of every page; `markjsFlat` (reference only) runs on the generated pages. */
export const SIDES: readonly Side[] = ['none', 'floor', 'ours', 'markjs'];
export const ALL_SIDES: readonly Side[] = [...SIDES, 'markjsFlat'];

export interface Tab {
  side: Side;
  browser: ExtensionBrowser;
  page: Page;
  cdp: CDPSession;
}

export async function openTab(side: Side, build: string | null): Promise<Tab> {
  const browser = await launchWithExtension('chromium', { withoutExtension: !build, build: build ?? undefined });
  return { side, browser, ...(await measuredPage(browser)) };
}

/** A new tab in the same browser, in place of one that may be unusable (its frame detached, say). */
export async function renewPage(tab: Tab): Promise<void> {
  await tab.page.close().catch(() => undefined);
  Object.assign(tab, await measuredPage(tab.browser));
}

/** A new tab, in front, with the CDP metrics on. */
async function measuredPage(browser: ExtensionBrowser): Promise<Pick<Tab, 'page' | 'cdp'>> {
  const page = await browser.newPage();
  // The measured tab must be the active one: a background tab renders no frames and throttles its timers.
  await page.bringToFront();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp };
}

export async function scriptDuration(tab: Tab): Promise<number> {
  const { metrics } = await tab.cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

export interface Settle {
  /** ScriptDuration must stay unchanged this long (ms) before it is read. */
  quietMs: number;
  /** ... and at least this long after the load event (the same for all sides of a page). */
  minMs: number;
  /** Wait until our highlights exist before the quiet period (ours, on pages with mentions). */
  waitForMarks: boolean;
  /** How long to wait for them: a load where they never show is counted and reported, not waited for. */
  marksTimeoutMs: number;
  /** The load itself, and the whole settling. */
  timeoutMs: number;
}

export interface Load {
  /** ScriptDuration of this document (ms). */
  script: number;
  /** Distinct ranges in the page's npa-* highlights. */
  marks: number;
  /**
   * ms from the end of the load event to the first npa-* highlight with a range, when waited for; null
   * when they did not show within `marksTimeoutMs`.
   */
  marksAfterLoadMs: number | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In the page: ms since the load event ended when an npa-* highlight holds a range, else -1. */
function marksShowing(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!registry) return -1;
  for (const [name, h] of registry) {
    if (name.startsWith('npa-') && h.size > 0) {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return performance.now() - (nav?.loadEventEnd ?? 0);
    }
  }
  return -1;
}

function countMarks(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const ranges = new Set<Range>();
  if (registry) for (const [name, h] of registry) if (name.startsWith('npa-')) for (const r of h) ranges.add(r);
  return ranges.size;
}

export async function measureLoad(tab: Tab, url: string, settle: Settle): Promise<Load> {
  await tab.page.goto(url, { waitUntil: 'load', timeout: settle.timeoutMs });
  const loaded = Date.now();
  let marksAfterLoadMs: number | null = null;
  if (settle.waitForMarks) {
    while (Date.now() - loaded < settle.marksTimeoutMs) {
      const ms = await tab.page.evaluate(marksShowing);
      if (ms >= 0) {
        marksAfterLoadMs = ms;
        break;
      }
      await sleep(20);
    }
  }
  let last = await scriptDuration(tab);
  let changed = Date.now();
  for (;;) {
    await sleep(25);
    const now = await scriptDuration(tab);
    const t = Date.now();
    if (now !== last) {
      last = now;
      changed = t;
    } else if (t - changed >= settle.quietMs && t - loaded >= settle.minMs) break;
    if (t - loaded > settle.timeoutMs) break;
  }
  const marks = await tab.page.evaluate(countMarks);
  return { script: last, marks, marksAfterLoadMs };
}

/** A load whose ScriptDuration has held still once; `finishLoad` checks it held still since. */
export interface PendingLoad {
  tab: Tab;
  value: number;
  /** When `value` was first seen. */
  since: number;
}

/**
 * For pages where every side is done at the load event (the real pages, mostly): loads `url` and
 * returns as soon as ScriptDuration has held still over `stepMs`, so the next side can load while this
 * one's quiet period runs. ScriptDuration only grows within a document: if `finishLoad` later reads the
 * same value, nothing ran in between, and no load overlapped any of this side's script.
 */
export async function startLoad(tab: Tab, url: string, timeoutMs: number, stepMs = 50): Promise<PendingLoad> {
  await tab.page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  let value = await scriptDuration(tab);
  let since = Date.now();
  for (;;) {
    await sleep(stepMs);
    const now = await scriptDuration(tab);
    if (now === value || Date.now() - since > timeoutMs) break;
    value = now;
    since = Date.now();
  }
  return { tab, value, since };
}

/**
 * The pending load's figure once it has been still for `quietMs`, or null when its script ran again
 * meanwhile (then other loads may have overlapped it: the caller measures that page again, one load at a
 * time, with `measureLoad`).
 */
export async function finishLoad(pending: PendingLoad, quietMs: number): Promise<Load | null> {
  const wait = pending.since + quietMs - Date.now();
  if (wait > 0) await sleep(wait);
  if ((await scriptDuration(pending.tab)) !== pending.value) return null;
  return { script: pending.value, marks: await pending.tab.page.evaluate(countMarks), marksAfterLoadMs: null };
}
