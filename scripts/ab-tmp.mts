// scratch A/B (not committed)
import { openTab, measureLoad, type Tab } from './bench/measure';
import { startServer } from '../tests/e2e/harness/server';
import { denseNamesPage, lateIntroductionPage } from './bench/pages';
import { writeBenchExtensions } from './bench/extensions';
const R = Number(process.env.R ?? 5);
const P = (process.env.P ?? 'dense,dense0,late1000,late2000').split(',');
const pages: Record<string, () => string> = {
  dense: () => denseNamesPage(2_000_000, 200),
  dense0: () => denseNamesPage(2_000_000, 0),
  late1000: () => lateIntroductionPage(1000),
  late2000: () => lateIntroductionPage(2000),
};
const server = await startServer(Object.fromEntries(P.map((p) => ['/' + p + '.html', pages[p]()])));
const CSP = encodeURIComponent("script-src 'none'; default-src 'self' data: 'unsafe-inline'");
const ext = await writeBenchExtensions();
const sides: Record<string, string | null> = { none: null, floor: ext.floor };
if (process.env.A) sides.A = process.env.A;
if (process.env.B) sides.B = process.env.B;
const tabs: Record<string, Tab> = {};
for (const [s, b] of Object.entries(sides)) tabs[s] = await openTab(s as any, b);
if (process.env.FRONT) for (const t of Object.values(tabs)) { await new Promise((r) => setTimeout(r, 1500)); for (const pg of await t.browser.browser.pages()) if (pg !== t.page) { console.log('closing', pg.url()); await pg.close(); } await t.page.bringToFront(); }
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
for (const p of P) {
  const res: Record<string, { s: number[]; m: number[]; n: number[] }> = {};
  for (let r = 0; r < R; r++)
    for (const s of Object.keys(sides)) {
      const l = await measureLoad(tabs[s], `${server.origin}/${p}.html?csp=${CSP}`, {
        quietMs: 300, minMs: 300, waitForMarks: s === 'A' || s === 'B' ? !p.endsWith('0') || p.startsWith('late') : false,
        marksTimeoutMs: 30000, timeoutMs: 120000,
      });
      (res[s] ??= { s: [], m: [], n: [] }).s.push(l.script);
      res[s].m.push(l.marksAfterLoadMs ?? NaN); res[s].n.push(l.marks);
    }
  const none = med(res.none.s);
  console.log(p, Object.entries(res).map(([s, v]) => `${s} ${(med(v.s) - (s === 'none' ? 0 : none)).toFixed(1)}${s === 'A' || s === 'B' ? ` marks ${med(v.n)} +${med(v.m).toFixed(0)}ms [${v.s.map((x) => (x - none).toFixed(0)).join(',')}]` : ''}`).join(' | '));
}
for (const t of Object.values(tabs)) await t.browser.close?.();
ext.remove(); server.close?.(); process.exit(0);
