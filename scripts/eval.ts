/**
 * `npm run eval`: detection accuracy on tests/corpus/dev (precision, recall, every miss and false hit).
 * Precision counts predictions (a prediction is right when it overlaps a gold span of its entity);
 * recall counts merged gold spans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectInText } from '../content/engine/detect-text';
import { type CorpusDoc, scoreDoc } from './lib/score';

const dir = process.argv[2] ?? join(import.meta.dirname, '../tests/corpus/dev');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const totals = new Map<string, { tp: number; fp: number; fn: number }>();
let tp = 0;
let fp = 0;
let fn = 0;
const quote = (doc: CorpusDoc, s: { start: number; end: number }) =>
  JSON.stringify(doc.text.slice(Math.max(0, s.start - 20), s.end + 20)).replace(/\\n/g, ' ');

for (const file of files) {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusDoc;
  const s = scoreDoc(doc, detectInText(doc.text));
  tp += s.tp;
  fp += s.fp;
  fn += s.fn;
  for (const [entity, row] of s.perEntity) {
    const t = totals.get(entity) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += row.tp;
    t.fp += row.fp;
    t.fn += row.fn;
    totals.set(entity, t);
  }
  for (const m of s.misses)
    console.log(`MISS  ${file} ${m.entity}: ${JSON.stringify(doc.text.slice(m.start, m.end))}  in ${quote(doc, m)}`);
  for (const h of s.falseHits)
    console.log(
      `FALSE ${file} ${h.entity} (${h.reason}): ${JSON.stringify(doc.text.slice(h.start, h.end))}  in ${quote(doc, h)}`,
    );
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
console.log('\nentity                      P      R     tp  fp  fn');
for (const [entity, t] of [...totals].sort()) {
  console.log(
    `${entity.padEnd(24)} ${ratio(t.tp, t.tp + t.fp)
      .toFixed(3)
      .padStart(6)} ${ratio(t.tp, t.tp + t.fn)
      .toFixed(3)
      .padStart(6)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
  );
}
const precision = ratio(tp, tp + fp);
const recall = ratio(tp, tp + fn);
console.log(
  `\neval: ${files.length} passages  precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} (tp=${tp} fp=${fp} fn=${fn})`,
);
