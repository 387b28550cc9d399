import type { Entity, EntityId, OrganisationId, Person } from '../dataset';
import { HYPHEN, LETTER, UPPER, WS } from '../dataset/grammar';

/** A detected mention: half-open range [start, end) of the scanned text. */
export interface Mention {
  entity: EntityId;
  start: number;
  end: number;
}

/**
 * What the page has told us so far. Shared by all scans of one page so that a bare surname in late-loaded
 * text counts when the person was introduced earlier, and abbreviations count once the page is about
 * Lower Saxony.
 */
export interface PageContext {
  /** Entities named in full (or, for people, with an identifying title) somewhere on the page. */
  introduced: Set<EntityId>;
  /** The page speaks about Lower Saxony (a full name matched, or the region is named). */
  regional: boolean;
  /**
   * Counts weak candidates (bare surnames, short names, abbreviations) set aside because the page had not
   * yet introduced them: text that added to it is worth rescanning once the context grows.
   */
  deferred: number;
}

export function createPageContext(): PageContext {
  return { introduced: new Set(), regional: false, deferred: 0 };
}

type RuleKind = 'name' | 'person' | 'abbreviation' | 'short' | 'surname';

interface Rule {
  entity: EntityId;
  kind: RuleKind;
  source: string;
}

export interface Matcher {
  /**
   * Finds mentions in `text` (already stripped of invisible characters), in text order.
   * Updates `ctx` with what the text introduces; callers rescan earlier text if `ctx.introduced` grew.
   */
  scan(text: string, ctx: PageContext): Mention[];
}

const BOUNDARY_BEFORE = `(?<![0-9${LETTER}])`;
const BOUNDARY_AFTER = `(?![0-9${LETTER}])`;
const ACADEMIC = `(?:(?:Prof\\.|Professor|Dr\\.)\\s*)*`;
/** A compound prefix before a title: „UVN-Hauptgeschäftsführer“, „DGB-Chef“. */
const TITLE_PREFIX = `(?:[${UPPER}][${LETTER}]*${HYPHEN})?`;
/** Region words that make an abbreviation like NST or NLT unambiguous on a page. */
const REGION = /Niedersachs|niedersächs|NIEDERSACHS|Hannover/;

/** Articles and contractions (German, and English for quoted foreign text): before a surname they make it a noun. */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines vom zum zur beim im am ins unser unsere unseres unserem unseren a an the'.split(
    ' ',
  ),
);
/** Capitalised words that may stand right before a surname without making it someone else's. */
const NAME_LEAD_INS = new Set(
  'herr herrn frau dr. prof. nach laut mit für von bei auch und doch aber wie so dass als ob ob wenn während gegen'.split(
    ' ',
  ),
);
/** Words that follow the conjunction „Weil“ at a sentence start, but hardly ever a surname. */
const CLAUSE_STARTERS = new Set(
  'der die das den dem des ein eine einen einem einer es er sie wir ich ihr man sich uns unser unsere mein meine dein deine sein seine ihre viele alle so im in am an auf bei mit nach von vor zu zum zur seit für über unter durch nicht auch ja doch diese dieser dieses jeder jede kein keine'.split(
    ' ',
  ),
);

function personRules(p: Person): Rule[] {
  const { first, surname, titles, distinctive } = p.forms;
  const honorifics = distinctive ? ['Frau', 'Herrn?'] : [];
  const title = `${TITLE_PREFIX}(?:${[...titles, ...honorifics].join('|')})`;
  const possessive = `(?:s|['’])?`;
  return [
    {
      entity: p.id,
      kind: 'person',
      source: `(?:${title}${WS})?${ACADEMIC}${first}${WS}${surname}${possessive}(?:${WS}SCJ)?`,
    },
    { entity: p.id, kind: 'person', source: `${title}${WS}${ACADEMIC}${surname}${possessive}` },
    { entity: p.id, kind: 'surname', source: `${surname}${possessive}` },
  ];
}

function compileRules(entities: readonly Entity[]): Rule[] {
  const people: Rule[] = [];
  const names: Rule[] = [];
  const weak: Rule[] = [];
  for (const e of entities) {
    if (e.kind === 'person') {
      const [full, titled, bare] = personRules(e);
      people.push(full, titled);
      weak.push(bare);
    } else {
      for (const source of e.forms.names) names.push({ entity: e.id, kind: 'name', source });
      for (const source of e.forms.abbreviations ?? []) weak.push({ entity: e.id, kind: 'abbreviation', source });
      for (const source of e.forms.shortNames ?? []) weak.push({ entity: e.id, kind: 'short', source });
    }
  }
  // Alternation takes the first alternative that matches at a position: longer, stronger forms first.
  return [...people, ...names, ...weak];
}

interface Preceding {
  /** The word right before (may end with a period, „Dr.“), or '' when punctuation or the text start comes first. */
  word: string;
  /** The match starts a sentence (text start, or after . ! ? : or an opening quote). */
  sentenceStart: boolean;
}

const WORD_CHAR = new RegExp(`[0-9${LETTER}.]`);
const WORD_OR_HYPHEN = new RegExp(`[0-9${LETTER}.-]`);
const NEXT_WORD = new RegExp(`^[ \\t\\u00a0]+([${LETTER}]+)`);
const COMPOUND_PREFIX = new RegExp(`^([${UPPER}][${LETTER}]*)[-\\u2010\\u2011]`);

function preceding(text: string, index: number): Preceding {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (i < 0) return { word: '', sentenceStart: true };
  const c = text[i];
  if (!WORD_CHAR.test(c)) return { word: '', sentenceStart: /[!?:;„«»‚‹›"(\[]/.test(c) };
  const end = i + 1;
  while (i >= 0 && WORD_OR_HYPHEN.test(text[i])) i--;
  const word = text.slice(i + 1, end);
  if (word.endsWith('.') && !NAME_LEAD_INS.has(word.toLowerCase())) return { word: '', sentenceStart: true };
  return { word, sentenceStart: false };
}

function nextWord(text: string, index: number): string {
  const m = NEXT_WORD.exec(text.slice(index, index + 40));
  return m ? m[1] : '';
}

/** Upper case in any script: lower-casing changes it. */
const isCapitalised = (word: string) => word.length > 0 && word[0] !== word[0].toLowerCase();

/** A qualifier before a short name that makes it someone else's („Deutsche Städtetag“, „Hessischen Städtetag“). */
function hasForeignQualifier(text: string, start: number): boolean {
  const { word } = preceding(text, start);
  if (!word || DETERMINERS.has(word.toLowerCase())) return false;
  return isCapitalised(word) || /(?:e|en|er|es|em)$/.test(word);
}

function acceptSurname(text: string, m: Mention): boolean {
  const after = nextWord(text, m.end);
  // „Weils Rede“, „Nach Meisters Worten“: a genitive before its noun is the person whatever precedes it.
  if (/s$/.test(text.slice(m.start, m.end)) && isCapitalised(after)) return true;
  const { word, sentenceStart } = preceding(text, m.start);
  if (word) {
    const lower = word.toLowerCase();
    // „der Meister“, „dem Meister“: a common noun, not the person.
    if (DETERMINERS.has(lower)) return false;
    // „Lisa Pfeiffer“, „Bäckerei Müller“: another person or a business.
    if (isCapitalised(word) && !NAME_LEAD_INS.has(lower)) return false;
  }
  // Sentence-initial „Weil wir …“ is the conjunction.
  return !(sentenceStart && CLAUSE_STARTERS.has(after.toLowerCase()));
}

function acceptShortName(text: string, m: Mention): boolean {
  if (hasForeignQualifier(text, m.start)) return false;
  // „Landkreistag Nordrhein-Westfalen“: another region follows.
  return !isCapitalised(nextWord(text, m.end));
}

/**
 * How far before its anchor a form may start, or after it end: the longest seen are about 45 characters
 * („NLT-Hauptgeschäftsführer Prof. Dr. Hubert Meyer“, „Arbeitsgemeinschaft … Niedersachsens“).
 * Windows cost time, so they are kept short.
 */
const REACH = 64;

/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const anchorsOf = (e: Entity): string[] => (e.kind === 'person' ? [e.forms.anchor] : e.forms.anchors);

/** One alternation of literal anchor words: cheap enough to run over a whole page (see bench). */
export function anchorPattern(entities: readonly Entity[]): RegExp {
  const words = new Set(entities.flatMap(anchorsOf));
  return new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0;

interface RuleGroup {
  rules: Rule[];
  /** Compiled on the first hit of the anchor: most pages never need most groups. */
  pattern: RegExp | null;
}

/** The group's rules as one regular expression (stronger forms first), compiled once. */
function patternOf(group: RuleGroup): RegExp {
  return (group.pattern ??= new RegExp(
    `${BOUNDARY_BEFORE}(?:${group.rules.map((r) => `(${r.source})`).join('|')})${BOUNDARY_AFTER}`,
    'gu',
  ));
}

/**
 * Drops a mention inside a longer one of the same entity (overlapping windows can see „Ralf Meister“ and
 * „Landesbischof Ralf Meister“). Input sorted by start, longer first.
 */
function withoutNested(sorted: Mention[]): Mention[] {
  const out: Mention[] = [];
  const reach = new Map<EntityId, number>();
  for (const m of sorted) {
    const until = reach.get(m.entity) ?? -1;
    if (until >= m.end) continue;
    reach.set(m.entity, Math.max(until, m.end));
    out.push(m);
  }
  return out;
}

/**
 * Compiles the entities' surface forms into one matcher. Two stages keep it near the cost of a bare
 * regex pass: one pass of literal anchor words over the whole text, then, around each hit, only the
 * forms of the entities that anchor belongs to.
 */
export function createMatcher(entities: readonly Entity[]): Matcher {
  const rules = compileRules(entities);
  const anchors = anchorPattern(entities);
  // Every page that wakes the engine builds this: one pass over the entities, not one per anchor word.
  const owners = new Map<string, Set<EntityId>>();
  for (const e of entities) {
    for (const word of anchorsOf(e)) {
      const ids = owners.get(word) ?? new Set<EntityId>();
      ids.add(e.id);
      owners.set(word, ids);
    }
  }
  const groups = new Map<string, RuleGroup>();
  for (const [word, ids] of owners) groups.set(word, { rules: rules.filter((r) => ids.has(r.entity)), pattern: null });
  const abbreviationOf = new Map<string, OrganisationId>();
  for (const e of entities) {
    if (e.kind !== 'organisation') continue;
    for (const a of e.forms.abbreviations ?? []) if (/^\w+$/.test(a)) abbreviationOf.set(a, e.id);
  }

  function scan(text: string, ctx: PageContext): Mention[] {
    const found = new Map<string, { m: Mention; kind: RuleKind }>();
    let sawRegion = false;
    anchors.lastIndex = 0;
    for (let hit = anchors.exec(text); hit; hit = anchors.exec(text)) {
      if (hit[0] === 'Niedersachsen' || hit[0] === 'NIEDERSACHSEN') sawRegion = true;
      let from = Math.max(0, hit.index - REACH);
      while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
      let to = Math.min(text.length, hit.index + hit[0].length + REACH);
      while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
      matchWindow(text, from, to, groups.get(hit[0])!, found);
    }
    const strong: Mention[] = [];
    const weak: { m: Mention; kind: RuleKind }[] = [];
    for (const f of found.values()) {
      if (f.kind === 'name' || f.kind === 'person') {
        strong.push(f.m);
        ctx.introduced.add(f.m.entity);
      } else weak.push(f);
    }
    if (strong.length > 0 || sawRegion || (weak.length > 0 && REGION.test(text))) ctx.regional = true;

    const out = strong;
    for (const { m, kind } of weak) {
      if (kind === 'abbreviation') {
        if (!ctx.regional) {
          ctx.deferred++;
          continue;
        }
        ctx.introduced.add(m.entity);
      } else if (!ctx.introduced.has(m.entity)) {
        ctx.deferred++;
        continue;
      } else if (kind === 'surname' && !acceptSurname(text, m)) continue;
      else if (kind === 'short' && !acceptShortName(text, m)) continue;
      out.push(m);
    }
    return withoutNested(out.sort((a, b) => a.start - b.start || b.end - a.end));
  }

  /** Stage 2: one anchor's forms on text[from, to); results keyed so overlapping windows add nothing twice. */
  function matchWindow(
    text: string,
    from: number,
    to: number,
    group: RuleGroup,
    found: Map<string, { m: Mention; kind: RuleKind }>,
  ) {
    const window = text.slice(from, to);
    const pattern = patternOf(group);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      let g = 1;
      while (match[g] === undefined) g++;
      const rule = group.rules[g - 1];
      const start = from + match.index;
      const m: Mention = { entity: rule.entity, start, end: start + match[0].length };
      found.set(`${m.entity}:${m.start}:${m.end}`, { m, kind: rule.kind });
      if (rule.kind === 'person') {
        const abbreviation = titleAbbreviation(match[0], start);
        if (abbreviation)
          found.set(`${abbreviation.entity}:${abbreviation.start}:${abbreviation.end}`, {
            m: abbreviation,
            kind: 'name',
          });
      }
    }
  }

  /** „NLT-Hauptgeschäftsführer …“ also mentions the NLT. */
  function titleAbbreviation(matched: string, start: number): Mention | null {
    const prefix = COMPOUND_PREFIX.exec(matched);
    const org = prefix && abbreviationOf.get(prefix[1]);
    return org ? { entity: org, start, end: start + prefix[1].length } : null;
  }

  return { scan };
}
