/**
 * Runs inside the benchmarked page (bundled by scripts/bench.ts, injected over CDP so the page's CSP does
 * not block it). Exposes the four contenders as `window.__bench`.
 */
import Mark from 'mark.js/dist/mark.es6.js';
import { CandidateSniffer } from '../../content/engine/candidate-sniffer';
import { ENTITIES } from '../../content/dataset';
import { defaultMatcher } from '../../content/engine/detect-text';
import { mentionAtPoint } from '../../content/engine/hit-test';
import { anchorPattern, escapeRegExp } from '../../content/engine/matcher';
import { PageEngine } from '../../content/engine/page-engine';

/** The words a developer would hand mark.js: every name, abbreviation and common inflected form. */
export function keywords(): string[] {
  const words = new Set<string>();
  for (const e of ENTITIES) {
    words.add(e.name);
    if (e.short) words.add(e.short);
    if (e.kind === 'person') {
      for (const t of ['', 'Dr. ', 'Prof. Dr. ']) words.add(`${t}${e.forms.first} ${e.forms.anchor}`);
    }
  }
  for (const w of [
    'Niedersachsen packt an',
    'NIEDERSACHSEN PACKT AN',
    'Niedersächsischen Städtetag',
    'Niedersächsischen Städtetages',
    'Niedersächsische Städtetag',
    'Niedersächsischen Landkreistag',
    'Niedersächsischen Landkreistages',
    'Niedersächsische Landkreistag',
    'Niedersächsischen Städte- und Gemeindebund',
    'Unternehmerverbände Niedersachsen',
    'Unternehmerverbänden Niedersachsen',
    'Landeskirche Hannovers',
    'Bistum Hildesheim',
    'Regionaldirektion Niedersachsen-Bremen',
    'Ministerpräsident Weil',
    'NStGB',
  ]) {
    words.add(w);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const combined = new RegExp(keywords().map(escapeRegExp).join('|'), 'g');
const floorPattern = new RegExp(anchorPattern(ENTITIES).source);

let engine: PageEngine | null = null;
let woke = false;

function time(task: () => void): number {
  const t = performance.now();
  task();
  return performance.now() - t;
}

function markWith(run: (m: Mark, done: () => void) => void): number {
  const instance = new Mark(document.body);
  let ms = 0;
  const t = performance.now();
  run(instance, () => (ms = performance.now() - t));
  // mark.js calls `done` synchronously; unmark (untimed) restores the page for the next contender.
  instance.unmark();
  document.body.normalize();
  return ms;
}

const bench = {
  /** The floor: one TreeWalker pass over the text nodes, one regex test per node. */
  floor(): number {
    return time(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let hits = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (floorPattern.test((n as Text).data)) hits++;
      (globalThis as Record<string, unknown>).__sink = hits;
    });
  },
  /**
   * Ours, as the content script works: its first look at the page (content/candidate-sniffer.ts) and, if
   * that finds a candidate, the page session's full scan (text index, matching, Range mapping, highlight
   * registration). Both run in slices with yields between them; the cost is the busy time.
   */
  async ours(): Promise<number> {
    engine?.stop();
    engine = null;
    const t = performance.now();
    woke = new CandidateSniffer(document.body).run() === true;
    const sniff = performance.now() - t;
    if (!woke) return sniff;
    engine = new PageEngine(document, defaultMatcher(), { isOwnNode: () => false, schedule: () => undefined });
    engine.start();
    await engine.settled;
    return sniff + engine.lastScanBusyMs;
  },
  oursWoke(): boolean {
    return woke;
  },
  oursCount(): number {
    return engine?.registry.size ?? 0;
  },
  stopOurs(): void {
    engine?.stop();
    engine = null;
  },
  markRegExp(): number {
    return markWith((m, done) => m.markRegExp(combined, { acrossElements: true, done }));
  },
  markKeywords(): number {
    return markWith((m, done) =>
      m.mark(keywords(), { acrossElements: true, separateWordSearch: false, diacritics: false, done }),
    );
  },
  /** Appends ~1 % more text and times the incremental rescan the mutation observer triggers. */
  async incremental(): Promise<{ full: number; incremental: number }> {
    bench.stopOurs();
    const full = await bench.ours();
    if (!engine) throw new Error('the 2 MB page must wake the page session');
    const target = Math.round((document.body.textContent?.length ?? 0) / 100);
    const block = document.createElement('section');
    const sample = [...document.querySelectorAll('p')]
      .slice(0, 40)
      .map((p) => p.outerHTML)
      .join('');
    while ((block.textContent?.length ?? 0) < target) block.insertAdjacentHTML('beforeend', sample);
    document.body.append(block);
    await Promise.resolve();
    const incremental = time(() => engine!.flush());
    block.remove();
    return { full, incremental };
  },
  /** Mean ms per pointer lookup, over lookups on visible mentions. */
  hitTest(): { perLookup: number; lookups: number } {
    const all = engine!.registry.all();
    let lookups = 0;
    let total = 0;
    for (const m of all.filter((_, i) => i % 10 === 0)) {
      m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = m.range.getClientRects()[0];
      if (!r) continue;
      const t = performance.now();
      for (let i = 0; i < 50; i++)
        mentionAtPoint(document, engine!.registry, r.left + 2 + (i % 5), r.top + r.height / 2);
      total += performance.now() - t;
      lookups += 50;
    }
    return { perLookup: total / lookups, lookups };
  },
};

(globalThis as Record<string, unknown>).__bench = bench;
