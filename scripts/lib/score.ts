import type { Mention } from '../../content/engine/matcher';

export interface CorpusDoc {
  text: string;
  mentions: { entity: string; surface: string }[];
  negatives: string[];
  optional?: { entity: string; surface: string }[];
}

interface Span {
  entity: string;
  start: number;
  end: number;
}

function occurrences(text: string, surface: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) out.push([i, i + surface.length]);
  return out;
}

/** Merges overlapping spans of the same entity (the corpus README's rule for nested gold). */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.entity.localeCompare(b.entity) || a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.entity === s.entity && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface DocScore {
  tp: number;
  fp: number;
  fn: number;
  perEntity: Map<string, { tp: number; fp: number; fn: number }>;
  misses: Span[];
  falseHits: (Span & { reason: string })[];
}

/** Scores predictions against one annotated passage, following dev-corpus/README.md. */
export function scoreDoc(doc: CorpusDoc, predicted: Mention[]): DocScore {
  const gold = merge(
    doc.mentions.flatMap((m) =>
      occurrences(doc.text, m.surface).map(([start, end]) => ({ entity: m.entity, start, end })),
    ),
  );
  const optional = (doc.optional ?? []).flatMap((m) =>
    occurrences(doc.text, m.surface).map(([start, end]) => ({ entity: m.entity, start, end })),
  );
  const negatives = doc.negatives.flatMap((n) => occurrences(doc.text, n).map(([start, end]) => ({ start, end })));
  const perEntity = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (entity: string, key: 'tp' | 'fp' | 'fn') => {
    const row = perEntity.get(entity) ?? { tp: 0, fp: 0, fn: 0 };
    row[key]++;
    perEntity.set(entity, row);
  };
  const score: DocScore = { tp: 0, fp: 0, fn: 0, perEntity, misses: [], falseHits: [] };
  for (const p of predicted) {
    const hitsNegative = negatives.some((n) => overlaps(n, p));
    const hitsGold = gold.some((g) => g.entity === p.entity && overlaps(g, p));
    if (hitsGold && !hitsNegative) {
      score.tp++;
      bump(p.entity, 'tp');
    } else if (!hitsNegative && optional.some((o) => o.entity === p.entity && overlaps(o, p))) {
      continue;
    } else {
      score.fp++;
      bump(p.entity, 'fp');
      score.falseHits.push({ ...p, reason: hitsNegative ? 'negative' : 'no gold' });
    }
  }
  for (const g of gold) {
    if (!predicted.some((p) => p.entity === g.entity && overlaps(g, p))) {
      score.fn++;
      bump(g.entity, 'fn');
      score.misses.push(g);
    }
  }
  return score;
}
