import { beforeEach, describe, expect, it } from 'vitest';
import {
  inSkippedSubtree,
  isSkipped,
  SKIPPED_BY_ATTRIBUTE,
  skippedByAttribute,
} from '../../../../content/engine/never-scanned';

/** The text node with `data` under body (the first one). */
function textNode(data: string): Text {
  const walker = document.createTreeWalker(document.body, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data === data) return n as Text;
  throw new Error(`no text "${data}"`);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('never scanned', () => {
  describe('inSkippedSubtree', () => {
    it.each<[string, string, boolean]>([
      ['plain paragraph text', '<p><b>Stephan Weil</b></p>', false],
      ['a script', '<script>Stephan Weil</script>', true],
      ['a style sheet', '<style>Stephan Weil</style>', true],
      ['noscript', '<noscript><p>Stephan Weil</p></noscript>', true],
      ['a textarea', '<form><textarea>Stephan Weil</textarea></form>', true],
      ['a select option', '<select><option>Stephan Weil</option></select>', true],
      ['code', '<pre><code>Stephan Weil</code></pre>', true],
      ['a hidden ancestor', '<section hidden><div><p><b>Stephan Weil</b></p></div></section>', true],
      ['a hidden element itself', '<p><span hidden>Stephan Weil</span></p>', true],
      ['contenteditable', '<div contenteditable><p>Stephan Weil</p></div>', true],
      ['contenteditable="true"', '<div contenteditable="true"><p>Stephan Weil</p></div>', true],
      ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Stephan Weil</div>', true],
      ['contenteditable="false"', '<div contenteditable="false"><p>Stephan Weil</p></div>', false],
      ['our own card', '<npa-card><p>Stephan Weil</p></npa-card>', true],
      ['text after a skipped sibling', '<div><textarea>x</textarea><p>Stephan Weil</p></div>', false],
      ['data-hidden is no hidden attribute', '<p data-hidden="">Stephan Weil</p>', false],
    ])('%s → %s', (_, html, skipped) => {
      document.body.innerHTML = html;
      const node = textNode('Stephan Weil');
      expect(inSkippedSubtree(node)).toBe(skipped);
      // Asked about the element around the text, the answer is the same.
      expect(inSkippedSubtree(node.parentElement!)).toBe(skipped);
    });

    it('counts an element itself, not only its ancestors', () => {
      document.body.innerHTML = '<p>a</p><textarea>b</textarea>';
      expect(inSkippedSubtree(document.querySelector('textarea')!)).toBe(true);
      expect(inSkippedSubtree(document.querySelector('p')!)).toBe(false);
      expect(inSkippedSubtree(document.body)).toBe(false);
    });

    it('answers false for a detached text node', () => {
      expect(inSkippedSubtree(document.createTextNode('Stephan Weil'))).toBe(false);
    });

    it('skips text that is in an svg drawing', () => {
      document.body.innerHTML = '<p><svg><text>Stephan Weil</text></svg></p>';
      expect(inSkippedSubtree(textNode('Stephan Weil'))).toBe(true);
    });
  });

  describe('the attribute test', () => {
    const cases: [string, boolean][] = [
      ['<div></div>', false],
      ['<div hidden></div>', true],
      ['<div hidden="until-found"></div>', true],
      ['<div contenteditable></div>', true],
      ['<div contenteditable=""></div>', true],
      ['<div contenteditable="true"></div>', true],
      ['<div contenteditable="plaintext-only"></div>', true],
      ['<div contenteditable="false"></div>', false],
      ['<div contenteditable="false" hidden></div>', true],
      ['<div data-contenteditable="true"></div>', false],
    ];

    it.each(cases)('%s → %s, by the one-element test and the selector alike', (html, skipped) => {
      document.body.innerHTML = html;
      const el = document.body.firstElementChild!;
      expect(skippedByAttribute(el)).toBe(skipped);
      expect(isSkipped(el)).toBe(skipped);
      expect(el.matches(SKIPPED_BY_ATTRIBUTE)).toBe(skipped);
    });

    it('finds the same elements by the native query', () => {
      document.body.innerHTML = cases.map(([html]) => html).join('');
      const expected = [...document.body.children].filter((_, i) => cases[i][1]);
      expect([...document.body.querySelectorAll(SKIPPED_BY_ATTRIBUTE)]).toEqual(expected);
    });
  });
});
