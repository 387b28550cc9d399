/**
 * The patterns the bench's contenders look for, built from the dataset: the floor's anchor words and the
 * combined pattern of surface forms handed to mark.js. Imported in Node (to write the bench's own
 * extensions) and in the page (scripts/bench/in-page.ts).
 */
import { ENTITIES } from '../../content/dataset';
import { ANCHOR_WORDS } from '../../content/dataset/anchor-words';

/** A literal string as a regular-expression source. */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** mark.js's pattern: every keyword, longest first, as one alternation (used with the `g` flag). */
export function markPatternSource(): string {
  return keywords().map(escapeRegExp).join('|');
}

/**
 * The floor's pattern: the entities' anchor words (the literal words every surface form contains, kept
 * equal to entities.ts by a unit test), longest first, one alternation; used without flags, one `test`
 * per text node. The same words the engine's first look and its matcher's first stage search for.
 */
export function floorPatternSource(): string {
  return [...ANCHOR_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
