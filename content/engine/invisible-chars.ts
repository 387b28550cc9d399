/**
 * Characters that may sit inside a name without being visible: soft hyphen, zero-width space, zero-width
 * non-joiner and joiner, word joiner, BOM. This list is the only place they are written: the matcher's
 * stripping, the first look, partner search and quote lookup all take them from here.
 */
export const INVISIBLE_CHARS = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'] as const;

/** Matches one invisible character. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS.join('')}]`);
const ALL_INVISIBLE = new RegExp(INVISIBLE.source, 'g');
const INVISIBLE_CODES = new Set<number>(INVISIBLE_CHARS.map((c) => c.charCodeAt(0)));
/** Below this code no character is invisible: ASCII text is settled by one comparison per character. */
const LOWEST_CODE = Math.min(...INVISIBLE_CODES);

export interface StrippedText {
  text: string;
  /** For each index of `text`, the index in the original string; null when nothing was removed. */
  map: Int32Array | null;
}

/**
 * Does `text` hold one? One regex test: on 2 MB of German news text (two-byte strings: „“ and – are beyond
 * Latin-1) 1.4 ms against 10 ms for an indexOf per character (Node 20; indexOf is only fast on one-byte
 * strings), and 24 ms of a 2 MB scan in a Chromium profile before this change.
 */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** `text` without invisible characters: the same string when it has none (the common case, no allocation). */
export function removeInvisible(text: string): string {
  return hasInvisible(text) ? text.replace(ALL_INVISIBLE, '') : text;
}

/** Removes invisible characters, keeping a map back to the original. Allocation-free for text without them. */
export function stripInvisible(original: string): StrippedText {
  if (!hasInvisible(original)) return { text: original, map: null };
  const map = new Int32Array(original.length);
  let out = '';
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= LOWEST_CODE && INVISIBLE_CODES.has(c)) {
      out += original.slice(runStart, i);
      runStart = i + 1;
    } else {
      map[n++] = i;
    }
  }
  out += original.slice(runStart);
  return { text: out, map: map.subarray(0, n) };
}

/** Maps the start of a half-open range of stripped text back to the original string (`map`: StrippedText's). */
export function startBack(map: Int32Array | null, start: number): number {
  return map ? map[start] : start;
}

/** Maps the (exclusive) end of a half-open range of stripped text back to the original string. */
export function endBack(map: Int32Array | null, end: number): number {
  return map ? map[end - 1] + 1 : end;
}

/** Maps a half-open range [start, end) of stripped text back to the original string. */
export function mapRangeBack(stripped: StrippedText, start: number, end: number): [number, number] {
  return [startBack(stripped.map, start), endBack(stripped.map, end)];
}
