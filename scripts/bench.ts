/**
 * `npm run bench`: the content script's cost against mark.js and the physical floor, in real Chromium
 * (headless), all measured in the same run. Prints a table and, last, the ratios line:
 *   bench: ours/floor=X.XX ours/markjs=Y.YY nomention/floor=Z.ZZ
 * (geometric means over pages; markjs = mark.js's best mode, markRegExp with one combined pattern).
 * `--quick` runs fewer pages and rounds (for a smoke test).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, BUILDS } from '../tests/e2e/harness/launch';
import { tasksAfterExtensionStart } from '../tests/e2e/harness/main-thread-trace';
import { REAL_PAGES, startServer } from '../tests/e2e/harness/server';
import { generatePage } from './bench/generate-page';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 5;
const root = resolve(import.meta.dirname, '..');
const CSP = encodeURIComponent("script-src 'none'; default-src 'self' data: 'unsafe-inline'");

const progress = (m: string) => process.stderr.write(`[bench] ${m}\n`);
type Bench = Record<string, (...a: unknown[]) => unknown>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const fmt = (x: number, d = 2) => x.toFixed(d);

async function bundleInPage(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'bench/in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
  });
  return out.outputFiles[0].text;
}

/** Median ScriptDuration (ms) of loading `path` over 14 loads, in a browser with `extension` (or none). */
async function scriptDuration(origin: string, path: string, extension: string | null): Promise<number> {
  const b = await launchWithExtension('chromium', { withoutExtension: !extension, build: extension ?? undefined });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 15; i++) {
      const page = await b.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(`${origin}${path}?csp=${CSP}`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 400));
      const { metrics } = await cdp.send('Performance.getMetrics');
      samples.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
      await page.close();
    }
  } finally {
    await b.close();
  }
  return median(samples.slice(1));
}

/**
 * Script time the extension adds to a page load (parse, compile and start of the content script, CDP
 * ScriptDuration with − without the extension, on pages whose own scripts the CSP blocks): on a page
 * without any anchor word (the content script's first look and nothing else), and on a page with one
 * mention (the page-session chunk loaded and started as well, its scan of one paragraph included).
 * For scale, the same for a content script that only reads `document.body` and adds a message listener:
 * the least any content script pays (its world's first DOM access and the extension API binding).
 */
async function startupCosts(origin: string): Promise<{ miss: number; hit: number; minimal: number }> {
  const minimalBuild = mkdtempSync(join(tmpdir(), 'npa-minimal-'));
  cpSync(BUILDS.chromium, minimalBuild, { recursive: true });
  writeFileSync(
    join(minimalBuild, 'content-scripts/content.js'),
    '(() => { globalThis.__body = document.body; chrome.runtime.onMessage.addListener(() => undefined); })();',
  );
  const without = await scriptDuration(origin, '/blank.html', null);
  const withoutOne = await scriptDuration(origin, '/generated/one-mention.html', null);
  const miss = (await scriptDuration(origin, '/blank.html', BUILDS.chromium)) - without;
  const hit = (await scriptDuration(origin, '/generated/one-mention.html', BUILDS.chromium)) - withoutOne;
  const minimal = (await scriptDuration(origin, '/blank.html', minimalBuild)) - without;
  rmSync(minimalBuild, { recursive: true, force: true });
  return { miss: Math.max(0, miss), hit: Math.max(0, hit), minimal: Math.max(0, minimal) };
}

/**
 * Main-thread tasks of 50 ms or more from the extension's start on, with the extension scanning the page,
 * from a CDP trace: Chromium leaves extension content scripts out of the Long Tasks API.
 */
async function longTasksWithExtension(url: string): Promise<number[]> {
  const b = await launchWithExtension('chromium');
  try {
    const page = await b.newPage();
    const tasks = await tasksAfterExtensionStart(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      for (let i = 0; i < 100 && !(await page.evaluate(() => CSS.highlights.size > 0)); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 500));
    });
    return tasks.filter((ms) => ms >= 50);
  } finally {
    await b.close();
  }
}

interface Startup {
  miss: number;
  hit: number;
}

interface Row {
  page: string;
  floor: number;
  ours: number;
  markRegExp: number;
  markKeywords: number;
  found: number;
  /** The content script's first look found a candidate (the page session started). */
  woke: boolean;
}

async function measurePage(page: Page, url: string, script: string, startup: Startup): Promise<Row> {
  const samples: Record<'floor' | 'ours' | 'markRegExp' | 'markKeywords', number[]> = {
    floor: [],
    ours: [],
    markRegExp: [],
    markKeywords: [],
  };
  let found = 0;
  let woke = false;
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(script);
    // Interleaved, each on the same DOM; mark.js restores it (unmark) before the next.
    const r = await page.evaluate(async () => {
      const b = (globalThis as unknown as { __bench: Bench }).__bench;
      const floor = b.floor() as number;
      const ours = (await b.ours()) as number;
      const woke = b.oursWoke() as boolean;
      const found = b.oursCount() as number;
      b.stopOurs();
      const markRegExp = b.markRegExp() as number;
      const markKeywords = b.markKeywords() as number;
      return { floor, ours, woke, found, markRegExp, markKeywords };
    });
    samples.floor.push(r.floor);
    // A page without a candidate never loads the page session: it pays the smaller start-up.
    samples.ours.push(r.ours + (r.woke ? startup.hit : startup.miss));
    samples.markRegExp.push(r.markRegExp);
    samples.markKeywords.push(r.markKeywords);
    found = r.found;
    woke = r.woke;
  }
  return {
    page: url.split('/').pop()!.split('?')[0],
    floor: median(samples.floor),
    ours: median(samples.ours),
    markRegExp: median(samples.markRegExp),
    markKeywords: median(samples.markKeywords),
    found,
    woke,
  };
}

execSync('npm run build', { cwd: root, stdio: 'ignore' });
const sizes = ['content-scripts/content.js', 'page-session.js', 'card-ui.js'].map((f) => {
  const bytes = readFileSync(resolve(BUILDS.chromium, f));
  return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});

const generated = {
  '/generated/news-2mb.html': generatePage(2_000_000, 200),
  '/generated/news-2mb-nomention.html': generatePage(2_000_000, 0),
  '/generated/one-mention.html':
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Eine</title></head><body><p>Ministerpräsident Stephan Weil sprach.</p></body></html>',
};
const server = await startServer(generated);
const script = await bundleInPage();
progress('content script start-up');
const startup = await startupCosts(server.origin);
progress('long tasks');
const longTasks = await longTasksWithExtension(`${server.origin}/generated/news-2mb.html?csp=${CSP}`);

const browser = await launchWithExtension('chromium', { withoutExtension: true });
const version = await browser.browser.version();
const page = await browser.newPage();
const realPages = readdirSync(REAL_PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .slice(0, quick ? 12 : undefined);

const rows: Row[] = [];
for (const file of realPages) {
  progress(file);
  rows.push(await measurePage(page, `${server.origin}/real/${file}?csp=${CSP}`, script, startup));
}
progress('generated pages');
const big = await measurePage(page, `${server.origin}/generated/news-2mb.html?csp=${CSP}`, script, startup);
const none = await measurePage(page, `${server.origin}/generated/news-2mb-nomention.html?csp=${CSP}`, script, startup);
rows.push(big, none);

// Incremental: a fresh page per round, as a reader's tab would be; medians, as for the table.
const incRounds: { full: number; incremental: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  await page.goto(`${server.origin}/generated/news-2mb.html?csp=${CSP}`, { waitUntil: 'load' });
  await page.evaluate(script);
  incRounds.push(
    (await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.incremental())) as {
      full: number;
      incremental: number;
    },
  );
}
const inc = {
  full: median(incRounds.map((r) => r.full)),
  incremental: median(incRounds.map((r) => r.incremental)),
};
const hit = (await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.hitTest())) as {
  perLookup: number;
  lookups: number;
};
await browser.close();
await server.close();

console.log(
  `\nChromium ${version}; ${ROUNDS} interleaved rounds per page, medians in ms. "ours" includes the extension's start-up (CDP ScriptDuration, with − without extension): ${fmt(startup.miss)} ms on a page without a candidate, ${fmt(startup.hit)} ms where the page session starts ("found" shows a number, "–" when the first look ruled the page out). A content script that only reads document.body and adds a message listener costs ${fmt(startup.minimal)} ms.\n`,
);
console.log(
  `${'page'.padEnd(44)} ${'floor'.padStart(8)} ${'ours'.padStart(8)} ${'markRegExp'.padStart(11)} ${'mark(kw)'.padStart(9)} ${'found'.padStart(6)}`,
);
for (const r of rows) {
  console.log(
    `${r.page.slice(0, 44).padEnd(44)} ${fmt(r.floor).padStart(8)} ${fmt(r.ours).padStart(8)} ${fmt(r.markRegExp).padStart(11)} ${fmt(r.markKeywords).padStart(9)} ${(r.woke ? String(r.found) : '–').padStart(6)}`,
  );
}
const pages = rows.filter((r) => r !== none);
const oursFloor = geomean(pages.map((r) => r.ours / r.floor));
const oursMark = geomean(pages.map((r) => r.ours / r.markRegExp));
const oursMarkKw = geomean(pages.map((r) => r.ours / r.markKeywords));
console.log(
  `\n2 MB page (median of ${ROUNDS} fresh loads): full scan ${fmt(inc.full)} ms, +1 % text rescanned in ${fmt(inc.incremental)} ms (${fmt((100 * inc.incremental) / inc.full, 1)} % of a full scan)`,
);
console.log(`hit-testing: ${fmt(hit.perLookup, 4)} ms per lookup (${hit.lookups} lookups on the 2 MB page)`);
console.log(
  `long tasks (≥ 50 ms, from a trace) with the extension on the 2 MB page: ${longTasks.length ? longTasks.join(', ') + ' ms' : 'none'}`,
);
for (const s of sizes)
  console.log(`size: ${s.file} ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzipped`);
console.log(`mark(keywords) for reference: ours/mark(keywords)=${fmt(oursMarkKw)}`);
// What no content script can beat here: the minimal one's start-up plus the floor's own walk, per page.
const leastFloor = geomean(pages.map((r) => (startup.minimal + r.floor) / r.floor));
const leastMark = geomean(pages.map((r) => (startup.minimal + r.floor) / r.markRegExp));
console.log(
  `for scale: a content script doing nothing but the floor's walk (start-up ${fmt(startup.minimal)} ms) would score ours/floor=${fmt(leastFloor)} ours/markjs=${fmt(leastMark)}`,
);
console.log(
  `bench: ours/floor=${fmt(oursFloor)} ours/markjs=${fmt(oursMark)} nomention/floor=${fmt(none.ours / none.floor)}`,
);
