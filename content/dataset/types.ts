/** Stable entity ids; see docs/design.md. Highlights are registered as `npa-<EntityId>`. */
export const ORGANISATION_IDS = [
  'alliance',
  'landesregierung',
  'uvn',
  'landeskirche-hannovers',
  'bistum-hildesheim',
  'dgb-nbs',
  'ba-rd-nsb',
  'nsgb',
  'nlt',
  'nst',
  'ag-ksv',
  'migrationsbeauftragte',
] as const;

export const PERSON_IDS = [
  'stephan-weil',
  'ralf-meister',
  'heiner-wilmer',
  'volker-mueller',
  'mehrdad-payandeh',
  'johannes-pfeiffer',
  'marco-trips',
  'hubert-meyer',
  'ulrich-maedge',
  'doris-schroeder-koepf',
] as const;

export type OrganisationId = (typeof ORGANISATION_IDS)[number];
export type PersonId = (typeof PERSON_IDS)[number];
export type EntityId = OrganisationId | PersonId;

/**
 * Where a fact comes from. `quote` is the exact passage of the seed document (whitespace-normalised)
 * that supports it; truth tests check it verbatim.
 */
export interface Provenance {
  source: 'seed' | 'design';
  quote: string;
}

/** How the detector recognises an entity. All strings are regular-expression sources (no capture groups). */
export interface SurfaceForms {
  /**
   * Literal words of which every form contains at least one. The detector first finds these with one
   * cheap pass, then tries the full forms only around them.
   */
  anchors: string[];
  /** Full names; always a mention. */
  names: string[];
  /** Abbreviations; a mention only where the page has a Lower Saxony context. */
  abbreviations?: string[];
  /**
   * Short names (bare „Städtetag“); a mention only after the page introduced the entity by a full name,
   * and not when another qualifier stands before them („Deutscher Städtetag“).
   */
  shortNames?: string[];
  /**
   * Names other states' bodies share („Arbeitsgemeinschaft der kommunalen Spitzenverbände“): a mention where
   * the page speaks about Lower Saxony, like an abbreviation, and not when another region follows.
   */
  regionalNames?: string[];
  /**
   * Literal words one of which every full name holds besides its anchor („iedersächs“, „Niedersachsen“ for
   * the state government). The matcher runs the forms only where one is near an anchor hit: most hits of
   * „Landesregierung“ on a page are another state's. Only for entities with full names alone.
   */
  context?: string[];
}

/**
 * How a person is written: plain words, not patterns. The matcher's grammar (content/engine/person-matcher.ts)
 * adds the genitive, compound titles („UVN-Hauptgeschäftsführer“), title endings and academic degrees.
 */
export interface PersonForms {
  /** First name as written before the surname. */
  first: string;
  /** Other spellings of the first name met in print („Stefan“ for Stephan). */
  firstVariants?: string[];
  /** Surname; a hyphen in it may be written as any hyphen, dash or a space („Schröder-Köpf“). */
  surname: string;
  /** The surname's first part: the literal word every form contains (see SurfaceForms.anchors). */
  anchor: string;
  /**
   * Functions that identify the person together with the bare surname („Ministerpräsident Weil“), in their
   * base form. Compounds ending in one count too („Städtetagspräsident“, „DGB-Chef“).
   */
  titles: string[];
  /**
   * Functions many people hold („Hauptgeschäftsführer“, „Präsident“): they name the person bare or for the
   * person's own organisation („UVN-Hauptgeschäftsführer Müller“), and someone else for another
   * organisation („IHK-Hauptgeschäftsführer Müller“).
   */
  roles?: string[];
  /** Abbreviated titles, as written („MP“, „Min.-Präs.“). */
  titleAbbreviations?: string[];
  /** Plural titles one person shares with another („die Bischöfe Wilmer und Meister“). */
  pluralTitles?: string[];
  /** The surname alone is rare enough that „Frau …“/„Herr …“ identifies the person. */
  distinctive?: boolean;
  /** A suffix that may follow the name („Heiner Wilmer SCJ“). */
  suffix?: string;
  /**
   * The surname is also a German word: a conjunction („Weil …“ opening a sentence) or a noun („der deutsche
   * Meister“, „dem alten Müller“).
   */
  alsoAWord?: 'conjunction' | 'noun';
}

interface EntityBase {
  id: EntityId;
  /** Display name (German). */
  name: string;
  /** Established abbreviation for display, if any. */
  short?: string;
  provenance: Provenance;
}

export interface Organisation extends EntityBase {
  kind: 'organisation';
  id: OrganisationId;
  forms: SurfaceForms;
  /** Link to the organisation's own site, only where sourced (design.md). */
  url?: string;
}

export interface Person extends EntityBase {
  kind: 'person';
  id: PersonId;
  /** Role as given in the seed, i.e. as of 30.11.2020. */
  role: string;
  /** Organisations the person spoke for on 30.11.2020. */
  affiliations: OrganisationId[];
  forms: PersonForms;
}

export type Entity = Organisation | Person;

export interface Statement {
  id: string;
  /** Null for the anonymous network-survey quote. */
  speaker: PersonId | null;
  organisation: OrganisationId | null;
  /** Attribution line as the seed gives it. */
  attribution: string;
  /** The quote, verbatim from the seed (without its outer quotation marks). */
  text: string;
}

export interface Figure {
  id: string;
  /** The number as printed in the seed („150.000“, „80 %“). */
  value: string;
  /** One-line context in German. */
  label: string;
  /** The seed sentence the figure comes from, verbatim. */
  sentence: string;
  /** Who gave it; null where the press release itself states it. */
  speaker: PersonId | null;
}

export interface SeedLink {
  /** Link label exactly as in the seed. */
  label: string;
  /** Sourced address, or null: the seed names the link without giving one. Never invent one. */
  url: string | null;
  /** Where the address comes from, when there is one. */
  urlSource?: string;
}

export interface SourceDocument {
  title: string;
  publisher: string;
  /** ISO date. */
  date: string;
  /** Display form, e.g. „30.11.2020“. */
  dateLabel: string;
  kind: string;
}
