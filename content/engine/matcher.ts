import type { Entity, EntityId, Organisation, OrganisationId } from '../dataset';
import { LETTER } from '../dataset/grammar';
import { LOWER_SAXONY_PLACES } from '../dataset/lower-saxony-places';
import { createPersonMatcher } from './person-matcher';
import { isWordChar } from './tokens';

/** A detected mention: half-open range [start, end) of the scanned text. */
export interface Mention {
  entity: EntityId;
  start: number;
  end: number;
}

/**
 * What kind of evidence a candidate is; the page's context decides the weak ones (page-context.ts):
 * - `name`, `person`: a full name, or a person with first name or title: always a mention;
 * - `abbreviation`, `regional`: „NLT“, „Arbeitsgemeinschaft der kommunalen Spitzenverbände“: where the page
 *   speaks about Lower Saxony;
 * - `short`, `surname`: „Städtetag“, „Weil“: once the page has introduced the entity.
 */
export type CandidateKind = 'name' | 'person' | 'abbreviation' | 'regional' | 'short' | 'surname';

export interface Candidate extends Mention {
  kind: CandidateKind;
}

export interface Found {
  /** In text order; look-alikes already left out, context not yet applied. Shared and frozen when empty. */
  candidates: readonly Candidate[];
  /** The text names Lower Saxony or one of its places. */
  regional: boolean;
}

export interface Matcher {
  /** Finds candidates in `text` (already stripped of invisible characters). Pure: no page state. */
  find(text: string): Found;
}

type OrgKind = 'name' | 'abbreviation' | 'regional' | 'short';

interface Rule {
  entity: OrganisationId;
  kind: OrgKind;
  source: string;
}

const BOUNDARY_BEFORE = `(?<![0-9${LETTER}])`;
const BOUNDARY_AFTER = `(?![0-9${LETTER}])`;

/** Words that make a page about Lower Saxony: the region, its capital, and its towns and districts. */
const REGION = new RegExp(
  `${BOUNDARY_BEFORE}(?:Niedersachs|niedersächs|Niedersächs|NIEDERSACHS|${LOWER_SAXONY_PLACES.map(escapeRegExp).join('|')})`,
);

function orgRules(e: Organisation): Rule[] {
  const { names, abbreviations = [], regionalNames = [], shortNames = [] } = e.forms;
  const of = (kind: OrgKind) => (source: string) => ({ entity: e.id, kind, source });
  // Alternation takes the first alternative that matches at a position: longer, stronger forms first.
  return [
    ...names.map(of('name')),
    ...regionalNames.map(of('regional')),
    ...abbreviations.map(of('abbreviation')),
    ...shortNames.map(of('short')),
  ];
}

/**
 * How far before its anchor a form may start, or after it end: the longest seen are about 75 characters
 * („Deutschen Gewerkschaftsbundes im Bezirk Niedersachsen/Bremen/Sachsen-Anhalt“). Windows cost time, so
 * they are kept short.
 */
const REACH = 80;

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const anchorsOf = (e: Entity): string[] => (e.kind === 'person' ? [e.forms.anchor] : e.forms.anchors);

/**
 * One alternation of literal anchor words, cheap enough to run over a whole page (see bench), grouped by
 * first letter („M(?:eister|eyer|üller|ädge)|…“): V8 then tries one group per position instead of each word
 * (3.2–3.5 against 3.6–4.0 ms for the bench's 2 MB of common names, Node 20, warm). Longer words first within
 * a group, so the longest anchor at a position is the one found.
 */
export function anchorPattern(entities: readonly Entity[]): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const word of [...new Set(entities.flatMap(anchorsOf))].sort((a, b) => b.length - a.length)) {
    byFirst.set(word[0], [...(byFirst.get(word[0]) ?? []), escapeRegExp(word.slice(1))]);
  }
  return new RegExp(
    [...byFirst].map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.join('|')})`).join('|'),
    'g',
  );
}

/**
 * The anchor word that is exactly text[at, end), as the anchor's own string, or null: by length and second
 * character, then compared in place. Why: a slice per hit made 6,900 strings on the bench's page of common
 * names, each hashed again for the lookup.
 */
function anchorLookup(words: readonly string[]): (text: string, at: number, end: number) => string | null {
  const byKey = new Map<number, string[]>();
  const key = (s: string, at: number, end: number) => ((end - at) << 16) | (end - at > 1 ? s.charCodeAt(at + 1) : 0);
  for (const w of new Set(words)) {
    const k = key(w, 0, w.length);
    byKey.set(k, [...(byKey.get(k) ?? []), w]);
  }
  return (text, at, end) => {
    const list = byKey.get(key(text, at, end));
    if (list === undefined) return null;
    for (let i = 0; i < list.length; i++) if (text.startsWith(list[i], at)) return list[i];
    return null;
  };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0;

interface RuleGroup {
  rules: Rule[];
  /** Compiled on the first hit of the anchor: most pages never need most groups. */
  pattern: RegExp | null;
  /**
   * Words one of which every form of the group holds besides the anchor (the entities' `forms.context`),
   * or null when some form needs none: on a hit whose window holds none of them, no form can match, and
   * the regular expression is not run (most hits of „Landesregierung“ on a page are another state's).
   */
  context: string[] | null;
}

/** The group's rules as one regular expression (stronger forms first), compiled once. */
function patternOf(group: RuleGroup): RegExp {
  return (group.pattern ??= new RegExp(
    `${BOUNDARY_BEFORE}(?:${group.rules.map((r) => `(${r.source})`).join('|')})${BOUNDARY_AFTER}`,
    'g',
  ));
}

/** Text order, the longer first where two start together. */
const byPosition = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;

function inOrder(found: readonly Candidate[]): boolean {
  for (let i = 1; i < found.length; i++) if (byPosition(found[i - 1], found[i]) > 0) return false;
  return true;
}

/**
 * Drops a candidate inside a longer one of the same entity (overlapping windows can see „Ralf Meister“ and
 * „Landesbischof Ralf Meister“). Input sorted by start, longer first.
 */
function withoutNested(sorted: Candidate[]): Candidate[] {
  if (!holdsNested(sorted)) return sorted;
  const out: Candidate[] = [];
  const reach = new Map<EntityId, number>();
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    const until = reach.get(m.entity) ?? -1;
    if (until >= m.end) continue;
    reach.set(m.entity, Math.max(until, m.end));
    out.push(m);
  }
  return out;
}

/** The one empty candidate list: frozen, so that it can be shared. */
export const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
const NOTHING: Found = Object.freeze({ candidates: NO_CANDIDATES, regional: false });
const NOTHING_REGIONAL: Found = Object.freeze({ candidates: NO_CANDIDATES, regional: true });

/**
 * Is a candidate inside an earlier one of the same entity? Most lists (a paragraph's) are short and hold
 * none: then no copy and no map. A long list (a big text's) goes the general way.
 */
function holdsNested(sorted: readonly Candidate[]): boolean {
  if (sorted.length > 16) return true;
  for (let i = 1; i < sorted.length; i++) {
    const m = sorted[i];
    for (let j = 0; j < i; j++) if (sorted[j].entity === m.entity && sorted[j].end >= m.end) return true;
  }
  return false;
}

const COMPOUND_PREFIX = /^([A-ZÄÖÜ]{2,})[-\u2010\u2011]/;

export interface MatcherOptions {
  /** Skip the cheap context test before an organisation's forms (tests compare both ways). */
  ungated?: boolean;
}

/**
 * Compiles the entities' surface forms into one matcher. Two stages keep it near the cost of a bare
 * regex pass: one pass of literal anchor words over the whole text, then, at each hit, only the forms of
 * the entities that anchor belongs to: people by a few word comparisons (person-matcher.ts), organisations
 * by their patterns on a short window, after a cheap test that one of their context words is there.
 *
 * The engine runs cold on every page load: V8 interprets it until it optimises it, and on a 2 MB page much
 * of the scan is over by then. So the hot path loops over arrays by index: an unoptimised for-of allocates
 * an iterator result per step (Node 20: 5–8× slower, 470 KB per 20,000 loops of three), and destructured
 * arrays and closures allocate too. With that and person-matcher.ts settling other first names first, the
 * first pass over the bench's 2 MB page without mentions went from 64–70 to 35–46 ms (Node 20, cold).
 */
export function createMatcher(entities: readonly Entity[], options: MatcherOptions = {}): Matcher {
  const people = createPersonMatcher(
    entities.filter((e) => e.kind === 'person'),
    entities.filter((e) => e.kind === 'organisation'),
  );
  const anchors = anchorPattern(entities);
  const anchorAt = anchorLookup(entities.flatMap(anchorsOf));
  const owners = new Map<string, Organisation[]>();
  for (const e of entities) {
    if (e.kind !== 'organisation') continue;
    for (const word of e.forms.anchors) owners.set(word, [...(owners.get(word) ?? []), e]);
  }
  const groups = new Map<string, RuleGroup>();
  for (const [word, orgs] of owners) {
    const gated = !options.ungated && orgs.every((o) => o.forms.context && orgRules(o).every((r) => r.kind === 'name'));
    groups.set(word, {
      rules: orgs.flatMap(orgRules),
      pattern: null,
      context: gated ? orgs.flatMap((o) => o.forms.context ?? []) : null,
    });
  }
  const abbreviationOf = new Map<string, OrganisationId>();
  for (const e of entities) {
    if (e.kind !== 'organisation') continue;
    for (const a of e.forms.abbreviations ?? []) if (/^\w+$/.test(a)) abbreviationOf.set(a, e.id);
  }

  /**
   * The candidates of the text being matched gather here and leave as an array of their exact number: a
   * first push onto a literal array reserves 17 places, and most texts on a page of common names hold two
   * candidates or more. The array is never shortened (V8 would give its places back).
   */
  const gathered: Candidate[] = [];
  let count = 0;
  const gather = (c: Candidate) => {
    gathered[count++] = c;
  };

  function find(text: string): Found {
    count = 0;
    let regional = false;
    let weakOrg = false;
    anchors.lastIndex = 0;
    // test(), not exec(): no match array per hit (6,900 hits, 0.5 MB on the bench's page of common names).
    // Every anchor is a word of letters, and a form starts its anchor at the start of a word („INSTALL“
    // holds „NST“), so the hit is the word that ends where the anchor ends; a hit inside a word gives a
    // longer word, which is no anchor. (A hit at a word's start is always found first: the leftmost wins.)
    while (anchors.test(text)) {
      const end = anchors.lastIndex;
      let at = end - 1;
      while (at > 0 && isWordChar(text.charCodeAt(at - 1))) at--;
      const word = anchorAt(text, at, end);
      if (word === null) continue;
      if (word === 'Niedersachsen' || word === 'NIEDERSACHSEN') regional = true;
      const person = people.match(text, word, at);
      if (person) {
        gather(person);
        if (person.kind === 'person') titleAbbreviation(text, person.start);
        continue;
      }
      const group = groups.get(word);
      if (!group) continue;
      let from = Math.max(0, at - REACH);
      while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
      let to = Math.min(text.length, end + REACH);
      while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
      const window = text.slice(from, to);
      // Most gated hits end here, before the window is matched (4,694 hits of „Landesregierung“ on the
      // bench's news page, none of them Lower Saxony's).
      if (group.context && !includesAny(window, group.context)) continue;
      weakOrg = matchWindow(text, window, from, group) || weakOrg;
    }
    // Only a text with an abbreviation or a shared name pays for the look for the region's places.
    if (!regional && weakOrg) regional = REGION.test(text);
    // Most texts (a paragraph) hold no candidate or one: nothing to order, and no array for none.
    if (count === 0) return regional ? NOTHING_REGIONAL : NOTHING;
    if (count === 1) return { candidates: [gathered[0]], regional };
    const found = gathered.slice(0, count);
    // Hits come in text order; only an organisation's window or a title's abbreviation can put one out of it.
    if (!inOrder(found)) found.sort(byPosition);
    return { candidates: withoutNested(found), regional };
  }

  /** Stage 2: one anchor's organisation forms on `window`, text from `from` on. True when it found a weak one. */
  function matchWindow(text: string, window: string, from: number, group: RuleGroup): boolean {
    const pattern = patternOf(group);
    let weak = false;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      let g = 1;
      while (match[g] === undefined) g++;
      const rule = group.rules[g - 1];
      const start = from + match.index;
      const end = start + match[0].length;
      if (holds(rule.entity, start, end)) continue;
      if (rule.kind === 'short' && !acceptShortName(text, start, end)) continue;
      if (rule.kind === 'regional' && isCapitalisedWordAt(text, end)) continue;
      gather({ entity: rule.entity, kind: rule.kind, start, end });
      if (rule.kind !== 'name') weak = true;
    }
    return weak;
  }

  /** „NLT-Hauptgeschäftsführer …“ also mentions the NLT. */
  function titleAbbreviation(text: string, start: number): void {
    const prefix = COMPOUND_PREFIX.exec(text.slice(start, start + 12));
    const org = prefix && abbreviationOf.get(prefix[1]);
    if (org) gather({ entity: org, kind: 'name', start, end: start + prefix[1].length });
  }

  /** Was this very candidate gathered already (by another anchor's window)? */
  function holds(entity: EntityId, start: number, end: number): boolean {
    for (let i = 0; i < count; i++) {
      const c = gathered[i];
      if (c.entity === entity && c.start === start && c.end === end) return true;
    }
    return false;
  }

  return { find };
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

/** Is the next word (after white space) capitalised? („Landkreistag Nordrhein-Westfalen“: another region.) */
function isCapitalisedWordAt(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const ch = text[i];
  return i > index && ch !== undefined && isWordChar(text.charCodeAt(i)) && ch !== ch.toLowerCase();
}

/** Articles and contractions: before a short name they are no qualifier. */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines vom zum zur beim im am ins'.split(' '),
);

/** A short name („Städtetag“) with another qualifier before („Deutsche“, „Hessischen“) or a region after is someone else's. */
function acceptShortName(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\n')) i--;
  const wordEnd = i + 1;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, wordEnd);
  if (word && !DETERMINERS.has(word.toLowerCase())) {
    const first = word[0];
    if (first !== first.toLowerCase() || /(?:e|en|er|es|em)$/.test(word)) return false;
  }
  return !isCapitalisedWordAt(text, end);
}
