/**
 * Reading the words next to a position without allocating: the matcher asks, for each anchor hit, what
 * stands right before and after it. Offsets into the scanned text; nothing here crosses a block break
 * (U+0000, content/engine/text-collector.ts), which is not white space.
 */

/** A word's extent in the text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;

/**
 * A letter of the scripts the matcher knows (Latin with accents, Greek, Cyrillic), or a digit: the matcher's
 * word boundaries, also used by the first look (candidate-sniffer.ts).
 */
export function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x4ff)
  );
}

/** Hyphens and dashes that join the parts of a compound („DGB-Chef“, „Min.-Präs.“). */
export const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

const isTokenChar = (c: number) => isWordChar(c) || c === 46 /* . */ || isHyphen(c);

/** Upper case in any script the matcher knows: lower-casing changes it. */
export function isCapitalisedAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  // ASCII (and past the end: NaN) without a new string: toLowerCase makes one each time, once per anchor hit.
  if (!(c >= 128)) return c >= 65 && c <= 90;
  const ch = text[index];
  return ch !== ch.toLowerCase();
}

/**
 * The word before `index` (white space skipped, at most one line break): letters, digits, inner hyphens and
 * dots („Min.-Präs.“, „Dr.“). Null when punctuation, a block break or the text start comes first. The answer
 * is written into `into`, which the matcher's hot path passes (one per question it keeps): a new span per
 * anchor hit was 100 KB per load of the bench's page of common names (Chromium sampling heap profile).
 */
export function wordBefore(text: string, index: number, into: Span = { start: 0, end: 0 }): Span | null {
  let i = index - 1;
  let breaks = 0;
  for (; i >= 0 && isWhite(text.charCodeAt(i)); i--) {
    // A blank line ends a paragraph in plain text: words do not join across it.
    if (text.charCodeAt(i) === 10 && ++breaks > 1) return null;
  }
  if (i < 0 || !isTokenChar(text.charCodeAt(i))) return null;
  const end = i + 1;
  while (i >= 0 && isTokenChar(text.charCodeAt(i))) i--;
  let start = i + 1;
  // A leading hyphen or dot belongs to the punctuation before („–Weil“), not to the word.
  while (start < end && !isWordChar(text.charCodeAt(start))) start++;
  if (start >= end) return null;
  into.start = start;
  into.end = end;
  return into;
}

/** The word after `index` (white space skipped): letters and digits only. Null when none follows; `into` as for wordBefore. */
export function wordAfter(text: string, index: number, into: Span = { start: 0, end: 0 }): Span | null {
  let i = index;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  if (i === start) return null;
  into.start = start;
  into.end = i;
  return into;
}

/** The first character that is not white space before `index`, as a char code; -1 at the text start. */
export function charBefore(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isWhite(text.charCodeAt(i))) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/** What ends a sentence or opens a quote: . ! ? : ; „ « » ‚ ‹ › " ( [ (by char code: no string per question). */
const SENTENCE_OPENERS = new Set(Array.from('.!?:;„«»‚‹›"([', (ch) => ch.charCodeAt(0)));

/** Does a sentence (or a block, or a quote) start right before `index`? */
export function startsSentence(text: string, index: number): boolean {
  const c = charBefore(text, index);
  // -1: the text's start; 0: a block break.
  return c === -1 || c === 0 || SENTENCE_OPENERS.has(c);
}
