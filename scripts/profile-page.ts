/**
 * `npx tsx scripts/profile-page.ts <page> [loads]`: CPU profiles of a build on one page, summed over fresh
 * loads, printed as self and inclusive time per function. Pages: the bench's dense, dense0, late1000,
 * late2000, news, flat100k; `one` (a single mention: the start-up alone); `real:<file>`, a saved page of
 * ../shared/real-pages with its frames emptied as the bench does. NPA_TOP=n prints the n most inclusive
 * (default 40); NPA_ALLOC=1 adds the memory allocated per function (sampled). For readable names, profile a
 * build made with NPA_PROFILE=1 (wxt.config.ts) and pass its folder as NPA_BUILD. Where the engine's time
 * goes (issue 13); not part of any test.
 */
import { existsSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/harness/launch';
import { REAL_PAGES, startServer } from '../tests/e2e/harness/server';
import { generatePage } from './bench/generate-page';
import { denseNamesPage, lateIntroductionPage } from './bench/pages';
import { realPageHtml } from './bench/real-pages';

const which = process.argv[2] ?? 'dense';
const loads = Number(process.argv[3] ?? 5);
const pages: Record<string, () => string> = {
  dense: () => denseNamesPage(2_000_000, 200),
  dense0: () => denseNamesPage(2_000_000, 0),
  late1000: () => lateIntroductionPage(1000),
  late2000: () => lateIntroductionPage(2000),
  news: () => generatePage(2_000_000, 200),
  // The hostile-pages test's 100,000 elements: one flat unit read by the resumable walk.
  flat100k: () =>
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title></head><body><div>${'<span>x </span>'.repeat(100_000)}</div><p>Danach: Ministerpräsident Stephan Weil.</p></body></html>`,
  one: () =>
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Eine</title></head><body><p>Ministerpräsident Stephan Weil sprach.</p></body></html>',
};
if (which.startsWith('real:') && !existsSync(REAL_PAGES)) {
  console.error(`profile-page: no real pages at ${REAL_PAGES} (they are in ../shared beside the project)`);
  process.exit(1);
}
const html = which.startsWith('real:') ? realPageHtml(which.slice(5)) : pages[which]();
const server = await startServer({ '/p.html': html });
const CSP = encodeURIComponent("script-src 'none'; default-src 'self' data: 'unsafe-inline'");
const b = await launchWithExtension('chromium', process.env.NPA_BUILD ? { build: process.env.NPA_BUILD } : {});
const page = await b.newPage();
const cdp = await page.createCDPSession();
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.goto(`${server.origin}/p.html?csp=${CSP}`, { waitUntil: 'load' }); // warm-up
await new Promise((r) => setTimeout(r, 2000));

const self = new Map<string, number>();
const incl = new Map<string, number>();
const scripts: number[] = [];
/** NPA_ALLOC=1: also where the memory is allocated (sampling heap profiler), bytes per function. */
const alloc = new Map<string, number>();
const sampleAlloc = !!process.env.NPA_ALLOC;
type AllocNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocNode[];
};
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v / loads);
for (let i = 0; i < loads; i++) {
  await cdp.send('Profiler.start');
  if (sampleAlloc)
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  await page.goto(`${server.origin}/p.html?csp=${CSP}&load=${i}`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  const { profile } = await cdp.send('Profiler.stop');
  if (sampleAlloc) {
    const { profile: heap } = await cdp.send('HeapProfiler.getSamplingProfile');
    await cdp.send('HeapProfiler.stopSampling');
    const visit = (n: AllocNode) => {
      const f = n.callFrame;
      add(
        alloc,
        `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`,
        n.selfSize / 1024,
      );
      n.children.forEach(visit);
    };
    visit(heap.head as AllocNode);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  scripts.push(metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000);
  const time = new Map<number, number>();
  profile.samples!.forEach((id, k) => time.set(id, (time.get(id) ?? 0) + profile.timeDeltas![k] / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
  };
  for (const n of profile.nodes) {
    const t = time.get(n.id) ?? 0;
    if (!t || ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) continue;
    add(self, key(n.id), t);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const k = key(id);
      if (!seen.has(k)) add(incl, k, t);
      seen.add(k);
    }
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .filter(([k]) => !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k}`)
    .join('\n');
console.log(`${which}: ScriptDuration per load ${scripts.map((s) => s.toFixed(0)).join(', ')} ms (with the profiler)`);
console.log(`self ms per load, total ${[...self.values()].reduce((a, b) => a + b, 0).toFixed(1)}\n${top(self, 30)}`);
console.log(`inclusive ms per load\n${top(incl, Number(process.env.NPA_TOP ?? 40))}`);
if (sampleAlloc) console.log(`KB allocated per load (sampled)\n${top(alloc, 30)}`);
await b.close();
process.exit(0);
