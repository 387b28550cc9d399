import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMatcher, detectInText } from '../../../../content/engine/detect-text';
import { HighlightRegistry } from '../../../../content/engine/highlight-registry';
import { INVISIBLE_CHARS, removeInvisible } from '../../../../content/engine/invisible-chars';
import { createPageContext } from '../../../../content/engine/page-context';
import { markSubtree } from '../../../../content/engine/subtree-marker';

const NAMES = [
  'Stephan Weil',
  'Niedersachsen packt an',
  'Ralf Meister',
  'Ulrich Mädge',
  'Doris Schröder-Köpf',
  'Johannes Pfeiffer',
];
const TAGS = ['b', 'i', 'a', 'span', 'em', 'strong'];

/** A name split at random points by inline elements, invisible characters and extra white space. */
const splitName = fc
  .record({
    name: fc.constantFrom(...NAMES),
    cuts: fc.array(
      fc.record({ at: fc.nat(), kind: fc.constantFrom('tag', 'invisible', 'space'), tag: fc.constantFrom(...TAGS) }),
      {
        maxLength: 4,
      },
    ),
    invisible: fc.constantFrom(...INVISIBLE_CHARS),
  })
  .map(({ name, cuts, invisible }) => {
    // Build HTML: cut positions sorted, each opens/closes an inline element or inserts a character.
    const positions = [...new Set(cuts.map((c) => 1 + (c.at % (name.length - 1))))].sort((a, b) => a - b);
    let html = '';
    let last = 0;
    positions.forEach((p, i) => {
      const cut = cuts[i % cuts.length];
      html += name.slice(last, p);
      if (cut.kind === 'tag') html += `</${'span'}><${cut.tag}>`;
      else if (cut.kind === 'invisible') html += invisible;
      else if (name[p - 1] === ' ') html += '\n';
      last = p;
    });
    html += name.slice(last);
    return { name, html: `<span>${html}</span>` };
  });

describe('fuzz: text index and matcher', () => {
  it('ranges map back to exactly the matched text, whatever markup and invisible characters split a name', () => {
    fc.assert(
      fc.property(
        fc.array(splitName, { minLength: 1, maxLength: 4 }),
        fc.string({ maxLength: 40 }),
        (names, filler) => {
          const safeFiller = filler.replace(/[<>&]/g, ' ');
          document.body.innerHTML = `<p>${safeFiller} ${names.map((n) => n.html).join(' und ')} ${safeFiller}.</p>`;
          const registry = new HighlightRegistry(window as Window & typeof globalThis);
          markSubtree(document.body, defaultMatcher(), createPageContext(), registry);
          const texts = registry.all().map((m) => removeInvisible(m.range.toString()).replace(/\s+/g, ' '));
          // Every marked range reads as a name (possibly with a title or quotes around it) …
          for (const t of texts) expect(NAMES.some((n) => t.includes(n))).toBe(true);
          // … and every inserted name is marked.
          for (const n of names) expect(texts.some((t) => t.includes(n.name))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and returns ranges inside the text on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: 'grapheme' }),
        fc.constantFrom(...NAMES),
        fc.nat(),
        (s, name, at) => {
          const i = at % (s.length + 1);
          const text = s.slice(0, i) + ' ' + name + ' ' + s.slice(i);
          const found = detectInText(text, createPageContext());
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.end).toBeGreaterThan(m.start);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
