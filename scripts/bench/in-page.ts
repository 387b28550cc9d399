/**
 * Runs inside a page (bundled by scripts/bench.ts, injected over CDP after that page's measurement, so
 * the page's CSP does not block it and the measurement does not see it). The table's figures come from
 * the extensions themselves (scripts/bench.ts); this is only for what needs the engine's own hands:
 * whether the first look wakes the page session on a page, the incremental rescan, and hit-testing.
 */
import { CandidateSniffer } from '../../content/engine/candidate-sniffer';
import { defaultMatcher } from '../../content/engine/detect-text';
import { mentionAtPoint } from '../../content/engine/hit-test';
import { PageEngine } from '../../content/engine/page-engine';

let engine: PageEngine | null = null;

function time(task: () => void): number {
  const t = performance.now();
  task();
  return performance.now() - t;
}

const bench = {
  /** Does the content script's first look find a candidate on this page (so the page session starts)? */
  wakes(): boolean {
    return new CandidateSniffer(document.body ?? document.documentElement).run() === true;
  },
  /** The page session's full scan, as busy time over its slices (ms). */
  async scan(): Promise<number> {
    engine?.stop();
    engine = new PageEngine(document, defaultMatcher(), { isOwnNode: () => false, schedule: () => undefined });
    engine.start();
    await engine.settled;
    return engine.lastScanBusyMs;
  },
  /** Appends ~1 % more text and times the incremental rescan the mutation observer triggers. */
  async incremental(): Promise<{ full: number; incremental: number }> {
    const full = await bench.scan();
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
  /** Mean ms per pointer lookup, over lookups on visible mentions (after `scan`). */
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
  stop(): void {
    engine?.stop();
    engine = null;
  },
};

(globalThis as Record<string, unknown>).__bench = bench;
