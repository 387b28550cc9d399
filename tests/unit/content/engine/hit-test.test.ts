import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityId } from '../../../../content/dataset';
import { HighlightRegistry } from '../../../../content/engine/highlight-registry';
import { mentionAtPoint } from '../../../../content/engine/hit-test';

/**
 * happy-dom does no layout. This stands in for it: the paragraph's one text node on one line, each
 * character 10 px wide, the line 20 px high. The caret goes to the nearest character boundary (as
 * browsers do, also beside or below the text); a range's rectangle covers its characters.
 */
const CHAR = 10;
const LINE = 20;
let text: Text;
const caretAt = (x: number) => Math.max(0, Math.min(text.length, Math.round(x / CHAR)));

beforeEach(() => {
  document.body.innerHTML = '<p>NLT-Hauptgeschäftsführer Hubert Meyer und Stephan Weil</p>';
  text = document.querySelector('p')!.firstChild as Text;
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rect = new DOMRect(this.startOffset * CHAR, 0, (this.endOffset - this.startOffset) * CHAR, LINE);
    return [rect] as unknown as DOMRectList;
  });
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: (x: number) => ({ offsetNode: text, offset: caretAt(x) }),
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as Partial<Document>).caretPositionFromPoint;
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
});

function mark(registry: HighlightRegistry, entity: EntityId, words: string) {
  const range = document.createRange();
  const start = text.data.indexOf(words);
  range.setStart(text, start);
  range.setEnd(text, start + words.length);
  return registry.add(entity, range);
}

/** The x of the middle of the `i`-th character. */
const xOf = (i: number) => i * CHAR + CHAR / 2 - 1;

describe('hit-testing', () => {
  it('returns the mention under the point, or null beside it', () => {
    const registry = new HighlightRegistry(window);
    const weil = mark(registry, 'stephan-weil', 'Stephan Weil');
    const start = text.data.indexOf('Stephan');
    expect(mentionAtPoint(document, registry, xOf(start + 2), 10)).toBe(weil);
    // „und“, before the mention: same text node, outside its range.
    expect(mentionAtPoint(document, registry, xOf(start - 2), 10)).toBeNull();
    // Below the line: the caret still lands in the mention, but the point is not on its glyphs.
    expect(mentionAtPoint(document, registry, xOf(start + 2), LINE + 5)).toBeNull();
  });

  it('picks the innermost of nested mentions', () => {
    const registry = new HighlightRegistry(window);
    const meyer = mark(registry, 'hubert-meyer', 'NLT-Hauptgeschäftsführer Hubert Meyer');
    const nlt = mark(registry, 'nlt', 'NLT');
    expect(mentionAtPoint(document, registry, xOf(1), 10)).toBe(nlt);
    expect(mentionAtPoint(document, registry, xOf(10), 10)).toBe(meyer);
  });

  it('returns null where the caret is not in text, or there are no mentions', () => {
    const registry = new HighlightRegistry(window);
    expect(mentionAtPoint(document, registry, xOf(1), 10)).toBeNull();
    mark(registry, 'nlt', 'NLT');
    Object.defineProperty(document, 'caretPositionFromPoint', {
      configurable: true,
      value: () => ({ offsetNode: document.body, offset: 0 }),
    });
    expect(mentionAtPoint(document, registry, xOf(1), 10)).toBeNull();
  });

  it('uses caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    const registry = new HighlightRegistry(window);
    const nlt = mark(registry, 'nlt', 'NLT');
    delete (document as Partial<Document>).caretPositionFromPoint;
    Object.defineProperty(document, 'caretRangeFromPoint', {
      configurable: true,
      value: (x: number) => {
        const range = document.createRange();
        range.setStart(text, caretAt(x));
        return range;
      },
    });
    expect(mentionAtPoint(document, registry, xOf(1), 10)).toBe(nlt);
  });
});
