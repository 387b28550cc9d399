import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionSuite } from './harness/suite';
import { generatePage } from '../../scripts/bench/generate-page';
import { lateIntroductionPage } from '../../scripts/bench/pages';
import { openPopupFor } from './harness/popup';
import { mentionPoint, readCard } from './harness/mentions';
import { tasksAfterExtensionStart } from './harness/main-thread-trace';
import { readHighlights, serializedDom, waitForHighlights } from './harness/page-world';
import { installPauseProbe, type Pause, readPausesAfterLoad } from './harness/pause-probe';

const html = (body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const deep = (levels: number) =>
  `${'<div>'.repeat(levels)}<p>Ganz unten: Landesbischof Ralf Meister.</p>${'</div>'.repeat(levels)}`;
const many = (n: number) => `<div>${'<span>x </span>'.repeat(n)}</div><p>Danach: Ministerpräsident Stephan Weil.</p>`;

const PAGES: Record<string, string> = {
  '/hostile/frames.html': html(
    '<p>Außen: Bischof Heiner Wilmer.</p><iframe id="same" src="/article.html" width="600" height="300"></iframe><iframe id="cross" width="600" height="300"></iframe>',
  ),
  '/hostile/shadow.html': html(
    '<div><template shadowrootmode="open"><p>Offen: Landesbischof Ralf Meister.</p></template></div>' +
      '<div><template shadowrootmode="closed"><p>Geschlossen: Ministerpräsident Stephan Weil.</p></template></div>',
  ),
  '/hostile/10mb.html': generatePage(10_000_000, 50, 7),
  '/hostile/100k.html': html(many(100_000)),
  '/hostile/deep.html': html(deep(5000)),
  // „Müller“ in every sentence of 400 paragraphs, „Dr. Volker Müller“ in the last: about 6,300 mentions.
  '/hostile/many.html': lateIntroductionPage(400),
  '/hostile/scripts.html': html(
    '<p id="rtl" dir="rtl">مرحبا Ministerpräsident Stephan Weil 👋🏽 שלום</p>' +
      '<p id="marks">Ste\u0301phan Weil und Ralf Meister 🇩🇪 e\u0301\u0301\u0301 Z̷̢a̵l̸g̶o̴</p>' +
      '<div contenteditable="true" id="editor"><p>Johannes Pfeiffer im Editor</p></div><p id="ticker">Zeit: 0</p>',
  ),
};

describe.each(['chromium', 'firefox'] as const)('hostile pages in %s', (kind) => {
  const env = extensionSuite(kind, { pages: PAGES, plain: true });
  const errors: string[] = [];

  afterAll(async () => {
    expect(errors).toEqual([]);
  });

  /** A new tab that reports the extension's errors; `goto` loads a path in it. */
  async function tab(browser = env.ext): Promise<{ page: Page; goto(path: string): Promise<void> }> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    page.on('console', (m) => {
      if (m.text().includes('[Kontextkarten]')) errors.push(m.text());
    });
    const goto = async (path: string) => {
      await page.goto(env.server.origin + path, { waitUntil: 'load', timeout: 120_000 });
    };
    return { page, goto };
  }

  async function open(path: string, browser = env.ext): Promise<Page> {
    const { page, goto } = await tab(browser);
    await goto(path);
    return page;
  }

  it('works under a strict CSP (default-src none): marks and opens a card', async () => {
    const page = await open(`/article.html?csp=${encodeURIComponent("default-src 'none'; style-src 'unsafe-inline'")}`);
    await waitForHighlights(page);
    const p = await mentionPoint(page, 'npa-ralf-meister');
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(
      () => !!document.querySelector('npa-card')?.shadowRoot?.querySelector('[data-npa-card]'),
      {
        timeout: 5000,
      },
    );
    expect((await readCard(page))?.entity).toBe('ralf-meister');
    await page.close();
  });

  it('marks inside same-origin and cross-origin frames', async () => {
    const page = await open('/hostile/frames.html');
    const crossOrigin = env.server.origin.replace('127.0.0.1', 'localhost');
    await page.evaluate((src: string) => {
      (document.getElementById('cross') as HTMLIFrameElement).src = src;
    }, `${crossOrigin}/detection.html`);
    await waitForHighlights(page);
    expect((await readHighlights(page))['npa-heiner-wilmer']).toEqual(['Bischof Heiner Wilmer']);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    for (const [name, entity] of [
      ['article.html', 'npa-ralf-meister'],
      ['detection.html', 'npa-stephan-weil'],
    ]) {
      const frame = frames.find((f) => f.url().endsWith(name))!;
      expect(frame, name).toBeDefined();
      await frame.waitForFunction((n: string) => CSS.highlights.has(n), { timeout: 10_000, polling: 100 }, entity);
    }
    await page.close();
  });

  it('marks open shadow roots, leaves closed ones alone', async () => {
    const page = await open('/hostile/shadow.html');
    await waitForHighlights(page);
    const h = await readHighlights(page);
    expect(h['npa-ralf-meister']).toEqual(['Landesbischof Ralf Meister']);
    expect(h['npa-stephan-weil']).toBeUndefined();
    await page.close();
  });

  for (const [path, entity, expected] of [
    ['/hostile/10mb.html', 'npa-stephan-weil', 5],
    ['/hostile/100k.html', 'npa-stephan-weil', 1],
    ['/hostile/deep.html', 'npa-ralf-meister', 1],
  ] as const) {
    it(`stays responsive and correct on ${path}`, async () => {
      const { page, goto } = await tab();
      const settle = async () => {
        await page.waitForFunction((n: string) => CSS.highlights.has(n), { timeout: 60_000, polling: 200 }, entity);
        await new Promise((r) => setTimeout(r, 1500));
      };
      if (kind === 'chromium') {
        // Every main-thread task from the extension's start on, from a trace: none may reach 50 ms.
        const tasks = await tasksAfterExtensionStart(page, async () => {
          await goto(path);
          await settle();
        });
        expect((await readHighlights(page))[entity]?.length).toBe(expected);
        expect(tasks.filter((t) => t.ms >= 50)).toEqual([]);
        await page.close();
        return;
      }
      // Firefox has neither the Long Tasks API nor a trace over puppeteer: a page-world timer records every
      // pause of 50 ms or more from the load event on, where our content script starts.
      await installPauseProbe(page);
      await goto(path);
      await settle();
      expect((await readHighlights(page))[entity]?.length).toBe(expected);
      const pausesWith = [await readPausesAfterLoad(page)];
      await page.close();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const longestOf = (pauses: Pause[]) => Math.max(0, ...pauses.map((p) => p.ms));
      const pausesOf = async (browser: typeof env.ext) => {
        const t = await tab(browser);
        await installPauseProbe(t.page);
        await t.goto(path);
        await new Promise((r) => setTimeout(r, 2500));
        const pauses = await readPausesAfterLoad(t.page);
        await t.page.close();
        return pauses;
      };
      if (path !== '/hostile/10mb.html') {
        // Three loads: Firefox itself now and then pauses 50–60 ms around the load event (1 load in 4 on
        // 100k, not traceable to our slices, measured); a task of ours would show in every load.
        pausesWith.push(await pausesOf(env.ext), await pausesOf(env.ext));
        console.log(
          `[firefox ${path}] pauses ≥ 50 ms after load: ${JSON.stringify(pausesWith.map((r) => r.map((p) => p.ms)))}`,
        );
        expect(median(pausesWith.map(longestOf))).toBeLessThan(50);
        return;
      }
      // Firefox itself pauses 170–480 ms after loading 10 MB, with or without any extension: there the same
      // page without the extension is the baseline, and both sides are measured alike: five loads each, in
      // turn, so that a slow spell of the machine hits both. The load above (the first of this page in a
      // browser that ran the earlier tests, waiting for the highlights) is not one of them: it once paused
      // 607 ms where the next four paused 313–486 (issue 13, clean-clone run); with a content script that
      // does nothing, single loads vary as much (293–482 ms, measured).
      const baseline: Pause[][] = [];
      pausesWith.length = 0;
      for (let i = 0; i < 5; i++) {
        baseline.push(await pausesOf(env.plain));
        pausesWith.push(await pausesOf(env.ext));
      }
      const total = (runs: Pause[][]) => runs.reduce((n, r) => n + r.length, 0);
      const longest = (runs: Pause[][]) => median(runs.map(longestOf));
      console.log(
        `[firefox 10 MB] pauses ≥ 50 ms after load with the extension: ${JSON.stringify(pausesWith.map((r) => r.map((p) => p.ms)))}, without: ${JSON.stringify(baseline.map((r) => r.map((p) => p.ms)))}`,
      );
      // A task of ours ≥ 50 ms would add a pause to every load (five in all); Firefox adds a 50–70 ms pause
      // of its own to about two loads in five, with or without the extension (measured), hence the margin.
      expect(total(pausesWith)).toBeLessThanOrEqual(total(baseline) + 2);
      // Firefox's own long pause varies 170–300 ms from load to load, and the medians of five loads of the
      // same browser differed by up to ~50 ms (measured): only a lengthening beyond 100 ms is surely ours.
      expect(longest(pausesWith)).toBeLessThan(longest(baseline) + 100);
    }, 180_000);
  }

  it('on a page with thousands of mentions, registers those near the view, follows the scroll, counts them all', async () => {
    const page = await open('/hostile/many.html');
    const registered = () =>
      page.evaluate(() => [...(CSS.highlights.get('npa-volker-mueller') ?? [])].map((r) => r.toString()));
    await page.waitForFunction(() => (CSS.highlights.get('npa-volker-mueller')?.size ?? 0) > 0, {
      timeout: 30_000,
      polling: 100,
    });
    const atTop = await registered();
    expect(atTop.length).toBeGreaterThan(10);
    expect(atTop.length).toBeLessThan(1000);
    expect(atTop).not.toContain('Dr. Volker Müller');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(
      () => [...(CSS.highlights.get('npa-volker-mueller') ?? [])].some((r) => r.toString() === 'Dr. Volker Müller'),
      { timeout: 10_000, polling: 100 },
    );
    expect((await registered()).length).toBeLessThan(1000);
    // The popup counts every mention, registered or not.
    const popup = await openPopupFor(env.ext, page);
    const count = await popup.waitForSelector('[data-testid="on-page"] button[data-entity="volker-mueller"] .count');
    expect(Number(await count!.evaluate((e) => e.textContent))).toBeGreaterThan(6000);
    await popup.close();
    await page.close();
  });

  it('copes with RTL, emoji, combining marks, an editor and a ticker changing text every 16 ms', async () => {
    const page = await open('/hostile/scripts.html');
    await waitForHighlights(page);
    const before = await serializedDom(page);
    await page.evaluate(() => {
      let n = 0;
      const ticker = document.getElementById('ticker')!.firstChild as Text;
      setInterval(() => {
        ticker.data = n++ % 2 ? 'Zeit: Stephan Weil' : `Zeit: ${n}`;
      }, 16);
    });
    await page.click('#editor p');
    await page.keyboard.type(' und Landesbischof Ralf Meister');
    await new Promise((r) => setTimeout(r, 1500));
    const h = await readHighlights(page);
    expect(h['npa-stephan-weil']?.[0]).toBe('Ministerpräsident Stephan Weil');
    expect(h['npa-ralf-meister']).toEqual(['Ralf Meister']); // the one outside the editor
    expect(h['npa-johannes-pfeiffer']).toBeUndefined();
    expect(await page.$eval('#editor', (e) => e.textContent)).toBe(
      'Johannes Pfeiffer im Editor und Landesbischof Ralf Meister',
    );
    expect(before).toContain('Johannes Pfeiffer im Editor');
    await page.close();
  });
});
