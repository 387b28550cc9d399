import { describe, expect, it } from 'vitest';
import {
  charBefore,
  isCapitalisedAt,
  isHyphen,
  isWordChar,
  startsSentence,
  wordAfter,
  wordBefore,
} from '../../../../content/engine/tokens';

/** `|` marks the position asked about; the rest is the text. */
function at(marked: string): [string, number] {
  const index = marked.indexOf('|');
  if (index < 0 || marked.indexOf('|', index + 1) >= 0) throw new Error(`one | expected in ${marked}`);
  return [marked.slice(0, index) + marked.slice(index + 1), index];
}

/** The word wordBefore finds before `|`, as text, or null. */
function before(marked: string): string | null {
  const [text, index] = at(marked);
  const span = wordBefore(text, index);
  return span && text.slice(span.start, span.end);
}

/** The word wordAfter finds after `|`, as text, or null. */
function after(marked: string): string | null {
  const [text, index] = at(marked);
  const span = wordAfter(text, index);
  return span && text.slice(span.start, span.end);
}

describe('wordBefore', () => {
  it.each<[string, string, string | null]>([
    ['a first name', 'Stephan |Weil', 'Stephan'],
    ['several spaces', 'Stephan   |Weil', 'Stephan'],
    ['NBSP', 'Stephan\u00a0|Weil', 'Stephan'],
    ['narrow NBSP', 'Stephan\u202f|Weil', 'Stephan'],
    ['a tab', 'Stephan\t|Weil', 'Stephan'],
    ['one line break', 'Stephan\n|Weil', 'Stephan'],
    ['CRLF', 'Stephan\r\n|Weil', 'Stephan'],
    ['no space at all (index inside a word)', 'Stephan|Weil', 'Stephan'],
    ['only the last of several words', 'so sagte Ministerpräsident |Weil', 'Ministerpräsident'],
    ['an abbreviated title with dots and a hyphen', 'der Min.-Präs. |Weil', 'Min.-Präs.'],
    ['a degree with its dot', 'Dr. |Müller', 'Dr.'],
    ['the nearer of two degrees', 'Prof. Dr. |Meyer', 'Dr.'],
    ['a degree written without a space', 'Dr.|Müller', 'Dr.'],
    ['a compound with a hyphen', 'DGB-Chef |Payandeh', 'DGB-Chef'],
    ['a compound with a non-breaking hyphen', 'DGB\u2011Chef |Payandeh', 'DGB\u2011Chef'],
    ['umlauts and ß', 'Städtetagspräsident |Mädge', 'Städtetagspräsident'],
    ['Greek', 'Ελένη |Weil', 'Ελένη'],
    ['Cyrillic', 'Мария |Weil', 'Мария'],
    ['digits', 'im Jahr 2024 |Weil', '2024'],
    ['a sentence end keeps its dot (like „Dr.“)', 'Das ist gut. |Weil', 'gut.'],
    ['a leading hyphen belongs to the punctuation before', 'x -Dr. |Weil', 'Dr.'],
    ['a comma before', 'Stephan, |Weil', null],
    ['a colon before', 'sagte: |Weil', null],
    ['an opening quote before', '„|Weil', null],
    ['a bracket before', 'Stephan (|Weil', null],
    ['an en dash before', 'Stephan – |Weil', null],
    ['a lone hyphen before', 'x -|Weil', null],
    ['only dots and hyphens before', 'x .-.|Weil', null],
    ['a multiplication sign is no letter', '3 × |Weil', null],
    ['a block break', 'Stephan\u0000|Weil', null],
    ['a block break behind white space', 'Stephan\u0000 |Weil', null],
    ['the text start', '|Weil', null],
    ['only white space to the text start', ' \u00a0\n|Weil', null],
  ])('%s: %j', (_, marked, word) => {
    expect(before(marked)).toBe(word);
  });

  it('reads the word ending right at the index, not one further back', () => {
    expect(before('Stephan Weil| sagte')).toBe('Weil');
  });

  // BUG (content/engine/tokens.ts, wordBefore, line 41–44): the doc comment promises „white space
  // skipped, at most one line break“, but the loop skips any amount of white space, so a blank line
  // (a paragraph break in plain text, e.g. detectInText on a pasted text) still joins the words:
  // wordBefore('Stephan\n\nWeil', 9) returns „Stephan“, and detectInText('Stephan\n\nWeil sagte') marks
  // „Stephan\n\nWeil“ as a person. Remove `.fails` once wordBefore stops at a second line break.
  it('stops at a second line break (a blank line between the words)', () => {
    expect(before('Stephan\n\n|Weil')).toBeNull();
  });
});

describe('wordBefore and wordAfter into a span of the caller', () => {
  it('write the word into the span given and answer it; no word leaves it as it was', () => {
    const text = 'so sagte Ministerpräsident Weil gestern';
    const into = { start: -1, end: -1 };
    expect(wordBefore(text, text.indexOf('Weil'), into)).toBe(into);
    expect(text.slice(into.start, into.end)).toBe('Ministerpräsident');
    expect(wordAfter(text, text.indexOf(' gestern'), into)).toBe(into);
    expect(text.slice(into.start, into.end)).toBe('gestern');
    expect(wordBefore('„Weil', 1, into)).toBeNull();
    expect(text.slice(into.start, into.end)).toBe('gestern');
  });
});

describe('wordAfter', () => {
  it.each<[string, string, string | null]>([
    ['a verb', 'Weil| sagte', 'sagte'],
    ['right at the index', 'Weil|sagte', 'sagte'],
    ['NBSP and line breaks', 'Weil|\u00a0\n sagte', 'sagte'],
    ['umlauts', 'Weil| über', 'über'],
    ['letters and digits only: a hyphen ends the word', 'Weil| DGB-Chef', 'DGB'],
    ['letters and digits only: a dot ends the word', 'Weil| Dr. X', 'Dr'],
    ['digits', 'Weil| 2024', '2024'],
    ['punctuation first', 'Weil|: sagte', null],
    ['a block break is not white space', 'Weil|\u0000sagte', null],
    ['the text end', 'Weil|', null],
    ['only white space to the text end', 'Weil|  \n', null],
  ])('%s: %j', (_, marked, word) => {
    expect(after(marked)).toBe(word);
  });
});

describe('startsSentence', () => {
  it.each<[string, boolean]>([
    ['|Weil', true],
    ['  \n|Weil', true],
    ['Gut. |Weil', true],
    ['Gut.\u00a0|Weil', true],
    ['Gut! |Weil', true],
    ['Gut? |Weil', true],
    ['Er sagte: |Weil', true],
    ['erstens; |Weil', true],
    ['„|Weil', true],
    ['«|Weil', true],
    ['»|Weil', true],
    ['‚|Weil', true],
    ['‹|Weil', true],
    ['›|Weil', true],
    ['"|Weil', true],
    ['(|Weil', true],
    ['[|Weil', true],
    ['Überschrift\u0000|Weil', true],
    ['sagte |Weil', false],
    ['Stephan |Weil', false],
    ['gut, |Weil', false],
    ['Gut) |Weil', false],
    ['– |Weil', false],
    ['Dr.-Ing|Weil', false],
  ])('%j → %s', (marked, expected) => {
    const [text, index] = at(marked);
    expect(startsSentence(text, index)).toBe(expected);
  });
});

describe('charBefore', () => {
  it('skips white space and answers -1 at the text start', () => {
    expect(charBefore('a. \u00a0 x', 5)).toBe('.'.charCodeAt(0));
    expect(charBefore('  x', 2)).toBe(-1);
    expect(charBefore('x', 0)).toBe(-1);
    expect(charBefore('a\u0000 x', 3)).toBe(0);
  });
});

describe('isCapitalisedAt', () => {
  it.each<[string, number, boolean]>([
    ['Weil', 0, true],
    ['weil', 0, false],
    ['Äpfel', 0, true],
    ['Ölbild', 0, true],
    ['äpfel', 0, false],
    ['ß', 0, false],
    ['Ω', 0, true],
    ['ω', 0, false],
    ['Жук', 0, true],
    ['жук', 0, false],
    ['Łódź', 0, true],
    ['„A', 0, false],
    // Beyond Latin, Greek and Cyrillic: still by lower-casing.
    ['Ա', 0, true],
    ['ա', 0, false],
    ['1a', 0, false],
    ['.A', 0, false],
    ['@', 0, false],
    ['[', 0, false],
    ['Z', 0, true],
    [' A', 0, false],
    ['aB', 1, true],
    ['Weil', 1, false],
    ['Weil', 4, false],
    ['Weil', -1, false],
    ['', 0, false],
  ])('%j at %i → %s', (text, index, expected) => {
    expect(isCapitalisedAt(text, index)).toBe(expected);
  });
});

describe('isWordChar and isHyphen', () => {
  it.each<[string, boolean]>([
    ['a', true],
    ['Z', true],
    ['0', true],
    ['9', true],
    ['ä', true],
    ['ß', true],
    ['É', true],
    ['ł', true],
    ['λ', true],
    ['д', true],
    // The edges of the scripts the matcher knows: the last Cyrillic letter, and the first code beyond.
    ['\u04ff', true],
    ['\u0500', false],
    ['\u2010', false],
    ['\u202f', false],
    ['×', false],
    ['÷', false],
    ['-', false],
    ['.', false],
    [' ', false],
    ['\u00a0', false],
    ['\u0000', false],
    ['’', false],
    ['„', false],
  ])('isWordChar(%j) → %s', (ch, expected) => {
    expect(isWordChar(ch.charCodeAt(0))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['-', true],
    ['\u2010', true],
    ['\u2011', true],
    ['\u2013', false],
    ['\u2014', false],
    ['.', false],
    ['a', false],
  ])('isHyphen(%j) → %s', (ch, expected) => {
    expect(isHyphen(ch.charCodeAt(0))).toBe(expected);
  });
});
