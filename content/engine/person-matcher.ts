/**
 * People: a small grammar over the words around a surname, in place of patterns. Each anchor hit (the
 * surname's first part) is settled in a few comparisons; most hits of a common surname („Müller“) end at
 * the first one. What the word before the surname is decides what the surname is:
 * - the person's own first name, or one of their titles → a full mention („Stephan Weil“, „MP Weil“);
 * - another first name (a list from name statistics), or an article → someone or something else
 *   („Thomas Müller“, „der Meister“);
 * - anything else (a noun, a role, a preposition, a verb, the sentence start) → the bare surname, a mention
 *   only once the page has introduced the person („der Theologe Wilmer“, „Nach Mädge“).
 */
import type { Organisation, Person, PersonId } from '../dataset';
import { FIRST_NAMES } from '../dataset/first-names';
import { TITLE_ENDINGS } from '../dataset/grammar';
import { isCapitalisedAt, isHyphen, isWordChar, type Span, startsSentence, wordAfter, wordBefore } from './tokens';

export type PersonMatchKind = 'person' | 'surname';

export interface PersonMatch {
  entity: PersonId;
  kind: PersonMatchKind;
  start: number;
  end: number;
}

const FIRST = new Set(FIRST_NAMES);
/** Articles and determiners (German, and English for quoted foreign text): after one, a surname is a noun. */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines vom zum zur beim im am ins unser unsere unseres unserem unseren kein keine keinen jeder jede jeden a an the'.split(
    ' ',
  ),
);
const LONGEST_DETERMINER = Math.max(...[...DETERMINERS].map((d) => d.length));
const ACADEMIC = new Set(['Dr.', 'Dr', 'Prof.', 'Professor', 'Prof.Dr.', 'Dr.-Ing.', 'Dres.']);
const HONORIFICS = new Set(['Herr', 'Herrn', 'Frau']);
/**
 * An article or determiner, lower case or capitalised („Der“ at a sentence start). The word is lower-cased
 * only when it starts with a capital: toLowerCase makes a new string each time, and most words before a
 * surname („sagte“, „von“) are lower case already.
 */
function isDeterminer(word: string): boolean {
  if (DETERMINERS.has(word)) return true;
  // No determiner is longer: the capitalised nouns before a surname („Bürgermeister“) make no new string.
  return word.length <= LONGEST_DETERMINER && isCapitalisedAt(word, 0) && DETERMINERS.has(word.toLowerCase());
}

/** Words that open a clause after the conjunction „Weil“ but hardly ever follow a surname. */
const CLAUSE_OPENERS = new Set(
  'der die das den dem des ein eine einen einem einer es er sie wir ich ihr man sich uns unser unsere mein meine dein deine sein seine ihre viele alle so im in am an auf bei mit nach von vor zu zum zur seit für über unter durch nicht auch ja doch diese dieser dieses jeder jede kein keine'.split(
    ' ',
  ),
);
const COORDINATORS = new Set(['und', 'sowie', 'oder']);
/** The endings of an inflected adjective („deutsche“, „neuen“, „alter“, „neues“, „altem“). */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
/** Articles that are also pronouns („Das sagte Meister“). */
const PRONOUN_LIKE = new Set(['der', 'die', 'das']);

interface CompiledPerson {
  person: Person;
  firstNames: Set<string>;
  /** Surname parts after the anchor („Köpf“ of „Schröder-Köpf“). */
  rest: string[];
  titles: TitleForms;
  roles: TitleForms;
  titleAbbreviations: Set<string>;
  pluralTitles: Set<string>;
  /** May the genitive be written with an apostrophe only („Trips’“)? */
  sibilant: boolean;
  /** Abbreviations of the organisations the person speaks for: the prefixes of their compound titles („UVN-Chef“). */
  ownPrefixes: Set<string>;
}

function compile(p: Person, orgs: readonly Organisation[]): CompiledPerson {
  const {
    first,
    firstVariants = [],
    surname,
    titles,
    roles = [],
    titleAbbreviations = [],
    pluralTitles = [],
  } = p.forms;
  const parts = surname.split('-');
  return {
    person: p,
    firstNames: new Set([first, ...firstVariants]),
    rest: parts.slice(1),
    titles: titleForms(titles),
    roles: titleForms(roles),
    titleAbbreviations: new Set(titleAbbreviations),
    pluralTitles: new Set(pluralTitles),
    sibilant: /[sxzß]$/.test(surname),
    ownPrefixes: new Set(
      orgs
        .filter((o) => p.affiliations.includes(o.id))
        .flatMap((o) => [o.short ?? '', ...(o.forms.abbreviations ?? [])])
        .filter((a) => /^[A-Za-z]+$/.test(a)),
    ),
  };
}

const slice = (text: string, s: Span) => text.slice(s.start, s.end);

const span = (): Span => ({ start: 0, end: 0 });
/**
 * The words the grammar looks at, each written into a span of its own (tokens.ts: `into`), so that a
 * question allocates nothing; one per word that is kept while another is asked.
 */
const BEFORE = span();
const AFTER = span();
const NEXT = span();
const ARTICLE = span();
const BACK = span();
const OTHER = span();
const LIST_TITLE = span();

/** „IHK“ of „IHK-Hauptgeschäftsführer“: an abbreviation before a compound title, or null. */
function abbreviationPrefix(word: string): string | null {
  const m = /^([A-ZÄÖÜ][A-ZÄÖÜa-z]*[A-ZÄÖÜ])[-\u2010\u2011]/.exec(word);
  return m ? m[1] : null;
}

/** A title with one of its endings („Präsident“ + „en“), prepared so that testing a word allocates nothing. */
interface TitleForm {
  /** The form without its first letter: what a word must end with. */
  tail: string;
  length: number;
  upper: string;
  lower: string;
}

/**
 * Title forms by their last two characters: a word is compared only with the forms it could be, so the
 * common answer (no title: „sagte Müller“) costs one lookup instead of a comparison with every form.
 */
interface TitleForms {
  byEnd: Map<number, TitleForm[]>;
  /** Forms of two letters („MP“): their first letter may be lower case in a compound. */
  short: TitleForm[];
}

const endKey = (s: string) => (s.charCodeAt(s.length - 2) << 16) | s.charCodeAt(s.length - 1);

function titleForms(titles: readonly string[]): TitleForms {
  const forms: TitleForms = { byEnd: new Map(), short: [] };
  for (const title of titles) {
    for (const ending of TITLE_ENDINGS) {
      const text = title + ending;
      const form = { tail: text.slice(1), length: text.length, upper: text[0], lower: text[0].toLowerCase() };
      if (text.length < 3) forms.short.push(form);
      else {
        const key = endKey(text);
        forms.byEnd.set(key, [...(forms.byEnd.get(key) ?? []), form]);
      }
    }
  }
  return forms;
}

/** Is `word` one of the titles, with an ending („Präsidenten“), or a compound ending in one („DGB-Chef“, „Städtetagspräsident“)? */
function isTitle(word: string, forms: TitleForms): boolean {
  // Every title, role and compound of one starts with a capital (person-matcher.test.ts): the words most
  // often before a surname („sagte“, „von“) are settled here, without a lookup.
  if (word.length < 2 || !isCapitalisedAt(word, 0)) return false;
  const candidates = forms.byEnd.get(endKey(word));
  if (candidates) {
    for (let i = 0; i < candidates.length; i++) {
      const verdict = titleVerdict(word, candidates[i]);
      if (verdict !== undefined) return verdict;
    }
  }
  for (let i = 0; i < forms.short.length; i++) {
    const verdict = titleVerdict(word, forms.short[i]);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

/** Whether `word` is `form` or a compound ending in it; undefined when it does not end in it at all. */
function titleVerdict(word: string, form: TitleForm): boolean | undefined {
  if (word.length < form.length || !word.endsWith(form.tail)) return undefined;
  const head = word.length - form.length;
  const first = word[head];
  if (head === 0) return first === form.upper ? true : undefined;
  if (first === form.lower || (first === form.upper && isHyphen(word.charCodeAt(head - 1)))) {
    // A compound: „Städtetagspräsident“, „DGB-Chef“ (not „Dr.“ + title: those are separate words).
    return isCapitalisedAt(word, 0);
  }
  return undefined;
}

/** The end of the surname written from `at` on (its first part already matched there), genitive included; -1 if it is not there. */
function surnameEnd(text: string, at: number, c: CompiledPerson): number {
  let i = at + c.person.forms.anchor.length;
  for (let p = 0; p < c.rest.length; p++) {
    const part = c.rest[p];
    // „Schröder-Köpf“, „Schröder‑Köpf“, „Schröder–Köpf“, „Schröder Köpf“: one character between the parts.
    const sep = text.charCodeAt(i);
    if (!(isHyphen(sep) || sep === 0x2013 || sep === 0x2014 || sep === 32 || sep === 0xa0)) return -1;
    if (!text.startsWith(part, i + 1)) return -1;
    i += 1 + part.length;
  }
  const next = text.charCodeAt(i);
  // Genitive: „Weils“, „Schröder-Köpfs“; after -s/-x/-z an apostrophe: „Trips’“.
  if (next === 115 /* s */ && !c.sibilant && !isWordChar(text.charCodeAt(i + 1))) return i + 1;
  if ((next === 0x2019 || next === 39) && c.sibilant) return i + 1;
  if (!isWordChar(next)) {
    // „Müller-Lüdenscheidt“: a double name is someone else's.
    if (isHyphen(next) && isWordChar(text.charCodeAt(i + 1))) return -1;
    return i;
  }
  // „PayandehStreiks“: markup without a space after an interview label; a lower-case letter continues the word.
  return isCapitalisedAt(text, i) && !isCapitalisedAt(text, i - 1) ? i : -1;
}

/**
 * Matches people at their anchor hits. `at` is where the anchor (the surname's first part) was found, at
 * the start of a word.
 */
export function createPersonMatcher(people: readonly Person[], orgs: readonly Organisation[]) {
  const byAnchor = new Map<string, CompiledPerson[]>();
  const surnames = new Set<string>();
  for (const p of people) {
    const list = byAnchor.get(p.forms.anchor) ?? [];
    list.push(compile(p, orgs));
    byAnchor.set(p.forms.anchor, list);
    surnames.add(p.forms.surname);
  }

  /**
   * Is `word` a title that names this person? Their own titles always; a role only bare or for their own
   * organisation („UVN-Hauptgeschäftsführer“, not „IHK-Hauptgeschäftsführer“). Null: a role of another
   * organisation, so someone else.
   */
  function titleKind(word: string, c: CompiledPerson): 'title' | 'other' | null {
    if (isTitle(word, c.titles) || c.titleAbbreviations.has(word) || c.pluralTitles.has(word)) return 'title';
    if (!isTitle(word, c.roles)) return 'other';
    const prefix = abbreviationPrefix(word);
    return prefix && !c.ownPrefixes.has(prefix) ? null : 'title';
  }

  /** Extends a mention back over academic degrees and a title or honorific before it; `titled` if a title of theirs was there. */
  function extendBack(text: string, start: number, c: CompiledPerson): { start: number; titled: boolean } {
    let w = wordBefore(text, start, BACK);
    while (w && ACADEMIC.has(slice(text, w))) {
      start = w.start;
      w = wordBefore(text, start, BACK);
    }
    if (!w) return { start, titled: false };
    const word = slice(text, w);
    if (titleKind(word, c) === 'title') return { start: w.start, titled: true };
    return { start: HONORIFICS.has(word) ? w.start : start, titled: false };
  }

  /** „die Bischöfe Wilmer und Meister“: a plural title before an earlier name in the same list. */
  function sharesPluralTitle(text: string, conj: Span, c: CompiledPerson): boolean {
    if (c.pluralTitles.size === 0) return false;
    const other = wordBefore(text, conj.start, OTHER);
    if (!other || !surnames.has(slice(text, other))) return false;
    const title = wordBefore(text, other.start, LIST_TITLE);
    return !!title && c.pluralTitles.has(slice(text, title));
  }

  function matchOne(text: string, at: number, c: CompiledPerson): PersonMatch | null {
    const end0 = surnameEnd(text, at, c);
    if (end0 < 0) return null;
    // „Schmidt-Müller“: the surname as the second part of a double name.
    if (at > 0 && isHyphen(text.charCodeAt(at - 1))) return null;
    const { id, forms } = c.person;
    let end = end0;
    if (forms.suffix) {
      const after = wordAfter(text, end, AFTER);
      if (after && slice(text, after) === forms.suffix) end = after.end;
    }
    const before = wordBefore(text, at, BEFORE);
    const word = before ? slice(text, before) : '';
    if (before && c.firstNames.has(word)) {
      return { entity: id, kind: 'person', start: extendBack(text, before.start, c).start, end };
    }
    // Another person's first name („Thomas Müller“), the commonest hit on ordinary text, settled before the
    // title lookups: no first name in the list is a title, role, honorific or degree (person-matcher.test.ts).
    if (before && FIRST.has(word)) return null;
    if (before && ACADEMIC.has(word)) {
      // „Hauptgeschäftsführer Dr. Müller“ names him; „Dr. Müller“, „Prof. Dr. Müller“ alone are bare surnames.
      const back = extendBack(text, at, c);
      return back.titled
        ? { entity: id, kind: 'person', start: back.start, end }
        : { entity: id, kind: 'surname', start: at, end: end0 };
    }
    const title = before ? titleKind(word, c) : 'other';
    // „IHK-Hauptgeschäftsführer Müller“ holds the role for another organisation: someone else.
    if (title === null) return null;
    if (title === 'title') return { entity: id, kind: 'person', start: before!.start, end };
    if (before && HONORIFICS.has(word)) {
      // „Frau Schröder-Köpf“ is her; „Herr Meyer“ could be anyone until the page has introduced him.
      return forms.distinctive
        ? { entity: id, kind: 'person', start: before.start, end }
        : { entity: id, kind: 'surname', start: at, end: end0 };
    }
    if (before && COORDINATORS.has(word) && sharesPluralTitle(text, before, c)) {
      return { entity: id, kind: 'person', start: at, end };
    }
    if (before) {
      if (isDeterminer(word)) return null;
      // „der deutsche Meister“, „dem neuen Meister“: for a surname that is also a noun, an adjective between
      // article and surname makes it the noun. „Das sagt Meister“, „Die betonte Müller“: a verb after a
      // pronoun leaves the person, so after der/die/das only an adjective's ending counts, and not -te.
      if (forms.alsoAWord === 'noun' && !isCapitalisedAt(word, 0) && ADJECTIVE_ENDING.test(word)) {
        const article = wordBefore(text, before.start, ARTICLE);
        const a = article ? slice(text, article).toLowerCase() : '';
        if (DETERMINERS.has(a) && !(PRONOUN_LIKE.has(a) && word.endsWith('te'))) return null;
      }
      // An initial that is not theirs („T. Müller“).
      if (word.length === 2 && word[1] === '.' && isCapitalisedAt(word, 0) && word[0] !== forms.first[0]) return null;
    }
    if (forms.alsoAWord === 'conjunction' && end0 === at + forms.anchor.length && startsSentence(text, at)) {
      // „Weil wir …“, „Weil Corona …“: the conjunction. „Weil sagte …“, „Weil:“ are the person.
      const next = wordAfter(text, end0, NEXT);
      if (next && (CLAUSE_OPENERS.has(slice(text, next)) || isCapitalisedAt(text, next.start))) return null;
    }
    return { entity: id, kind: 'surname', start: at, end: end0 };
  }

  return {
    anchors: [...byAnchor.keys()],
    /** The people an anchor word belongs to, matched at `at`; null when none of them is there. */
    match(text: string, anchor: string, at: number): PersonMatch | null {
      const list = byAnchor.get(anchor);
      if (!list) return null;
      for (let i = 0; i < list.length; i++) {
        const m = matchOne(text, at, list[i]);
        if (m) return m;
      }
      return null;
    },
  };
}
