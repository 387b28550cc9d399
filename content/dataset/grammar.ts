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
/**
 * What names an organisation as Lower Saxony's when it stands before the head noun: the adjective with
 * every ending (-e, -en, -er, -es, -em), capitalised as in a proper name or lower-case as in running text
 * („die niedersächsische Landesregierung“), the genitive „Niedersachsens“, and the abbreviation „Nds.“.
 */
export const NDS_ADJ = '(?:[Nn]iedersächsische[nmrs]?|NIEDERSÄCHSISCHE[NMRS]?|Niedersachsens|Nds\\.)';
/** „Niedersachsen“ with an optional genitive -s. */
export const NDS = 'Niedersachsens?';
/**
 * Between the parts of a region's name: a dash or slash with or without spaces, a comma, or „und“
 * („Niedersachsen – Bremen – Sachsen-Anhalt“, „Niedersachsen/Bremen/Sachsen-Anhalt“, „Niedersachsen, Bremen
 * und Sachsen-Anhalt“).
 */
export const REGION_SEP = `(?:\\s*[-\\u2010\\u2011\\u2013\\u2014/,]\\s*|\\s+und\\s+)`;
/** A preposition that ties a region to the noun before it: „in Niedersachsen“, „für Niedersachsen“, „im Bezirk“. */
export const REGION_LINK = `(?:,?\\s*(?:in|für|von|im\\s+Bezirk)\\s+)`;
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
/**
 * Endings a title takes in running text: Präsident → Präsidenten, Hauptgeschäftsführer → -s, Vorsitzende →
 * Vorsitzenden/Vorsitzender. Checked after the base form.
 */
export const TITLE_ENDINGS: readonly string[] = ['', 's', 'es', 'en', 'n', 'r'];
/** Upper-case Latin letters (for compound prefixes like „DGB-“, „NLT-“). */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
