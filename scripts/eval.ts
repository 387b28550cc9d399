/**
 * `npm run eval`: detection accuracy on the annotated passages in tests/corpus (precision, recall, every miss
 * and false hit), for the passages written for the project (`dev/`), the real ones copied from public web
 * pages (`real/`), and both together.
 *   npm run eval -- --since <commit>   scores only the passages added after <commit>: the honest figure for
 *                                      text the rules were not written against.
 *   npm run eval -- <dir>              scores the passages in another folder.
 * Precision counts predictions (a prediction is right when it overlaps a gold span of its entity); recall
 * counts merged gold spans.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { detectInText } from '../content/engine/detect-text';
import { type CorpusDoc, scoreDoc } from './lib/score';

const root = resolve(import.meta.dirname, '..');
const corpus = join(root, 'tests/corpus');
const args = process.argv.slice(2);
const since = args.includes('--since') ? args[args.indexOf('--since') + 1] : null;
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--since');

const passagesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));

/** Corpus files added after `commit` (by git history), whatever folder they are in. */
function addedSince(commit: string): string[] {
  const out = execFileSync('git', ['diff', '--name-only', '--diff-filter=A', commit, '--', 'tests/corpus'], {
    cwd: root,
    encoding: 'utf8',
  });
  const committed = out.split('\n').filter((f) => f.endsWith('.json'));
  const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', 'tests/corpus'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f.endsWith('.json'));
  return [...new Set([...committed, ...untracked])].sort().map((f) => join(root, f));
}

interface Totals {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const quote = (doc: CorpusDoc, s: { start: number; end: number }) =>
  JSON.stringify(doc.text.slice(Math.max(0, s.start - 20), s.end + 20)).replace(/\\n/g, ' ');

/** Scores the files, prints every miss and false hit, returns the totals (per entity too). */
function evaluate(files: string[], perEntity: Map<string, Totals>): Totals {
  const t: Totals = { tp: 0, fp: 0, fn: 0 };
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as CorpusDoc;
    const s = scoreDoc(doc, detectInText(doc.text));
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
    for (const [entity, row] of s.perEntity) {
      const e = perEntity.get(entity) ?? { tp: 0, fp: 0, fn: 0 };
      e.tp += row.tp;
      e.fp += row.fp;
      e.fn += row.fn;
      perEntity.set(entity, e);
    }
    const name = relative(corpus, file);
    for (const m of s.misses)
      console.log(`MISS  ${name} ${m.entity}: ${JSON.stringify(doc.text.slice(m.start, m.end))}  in ${quote(doc, m)}`);
    for (const h of s.falseHits)
      console.log(
        `FALSE ${name} ${h.entity} (${h.reason}): ${JSON.stringify(doc.text.slice(h.start, h.end))}  in ${quote(doc, h)}`,
      );
  }
  return t;
}

const line = (label: string, n: number, t: Totals) =>
  `eval ${label}: ${n} passages  precision=${ratio(t.tp, t.tp + t.fp).toFixed(3)} recall=${ratio(t.tp, t.tp + t.fn).toFixed(3)} (tp=${t.tp} fp=${t.fp} fn=${t.fn})`;

const sets: [string, string[]][] = since
  ? [[`added since ${since}`, addedSince(since)]]
  : dirArg
    ? [[dirArg, passagesIn(resolve(dirArg))]]
    : [
        ['dev (written for the project)', passagesIn(join(corpus, 'dev'))],
        ['real (public web pages)', passagesIn(join(corpus, 'real'))],
      ];

const perEntity = new Map<string, Totals>();
const results = sets.map(([label, files]) => [label, files.length, evaluate(files, perEntity)] as const);

console.log('\nentity                      P      R     tp  fp  fn');
for (const [entity, t] of [...perEntity].sort()) {
  console.log(
    `${entity.padEnd(24)} ${ratio(t.tp, t.tp + t.fp)
      .toFixed(3)
      .padStart(6)} ${ratio(t.tp, t.tp + t.fn)
      .toFixed(3)
      .padStart(6)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
  );
}
console.log('');
for (const [label, n, t] of results) console.log(line(label, n, t));
if (results.length > 1) {
  const all = results.reduce((a, [, , t]) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(
    line(
      'all',
      results.reduce((n, [, k]) => n + k, 0),
      all,
    ),
  );
}
