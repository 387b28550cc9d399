import { CLOSE_QUOTE, DASH_SEP, GEN, HYPHEN, NDS, NDS_ADJ, OPEN_QUOTE, WS } from './grammar';
import type { Entity, Organisation, Person } from './types';

const seed = (quote: string) => ({ source: 'seed', quote }) as const;
const design = (quote: string) => ({ source: 'design', quote }) as const;

const ALLIANCE_NAME = `(?:Niedersachsen${WS}packt${WS}an|NIEDERSACHSEN${WS}PACKT${WS}AN|Niedersachsen${WS}Packt${WS}An)`;

export const ORGANISATIONS: readonly Organisation[] = [
  {
    id: 'alliance',
    kind: 'organisation',
    name: 'Bündnis „Niedersachsen packt an“',
    provenance: seed('5. Jahre Bündnis „Niedersachsen packt an”'),
    forms: {
      anchors: ['Niedersachsen', 'NIEDERSACHSEN'],
      names: [`(?:${OPEN_QUOTE})?${ALLIANCE_NAME}(?:${CLOSE_QUOTE})?`],
    },
  },
  {
    id: 'landesregierung',
    kind: 'organisation',
    name: 'Niedersächsische Landesregierung',
    provenance: design('Niedersächsische Landesregierung / Staatskanzlei'),
    forms: {
      anchors: ['Landesregierung', 'Staatskanzlei'],
      names: [
        `${NDS_ADJ}${WS}(?:Landesregierung|Staatskanzlei)`,
        `(?:Landesregierung|Staatskanzlei)${WS}(?:von${WS}|in${WS})?${NDS}`,
        `Niedersachsens${WS}(?:Landesregierung|Staatskanzlei)`,
      ],
    },
  },
  {
    id: 'uvn',
    kind: 'organisation',
    name: 'Unternehmerverbände Niedersachsen e. V.',
    short: 'UVN',
    provenance: seed('Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.'),
    forms: {
      anchors: ['Unternehmerverb', 'UVN'],
      names: [`Unternehmerverbände?n?${WS}${NDS}`],
      abbreviations: ['UVN'],
    },
  },
  {
    id: 'landeskirche-hannovers',
    kind: 'organisation',
    name: 'Evangelisch-Lutherische Landeskirche Hannovers',
    provenance: seed('Landesbischof Ralf Meister, Evangelisch-Lutherische Landeskirche Hannovers'),
    forms: {
      anchors: ['Landeskirche'],
      names: [
        `(?:Ev(?:angelisch|\\.)${HYPHEN}?\\s*[Ll]uth(?:erisch|\\.)(?:e[nrs]?)?${WS})?Landeskirche${WS}Hannovers`,
        `[Hh]annoversche[nr]?${WS}Landeskirche`,
      ],
    },
  },
  {
    id: 'bistum-hildesheim',
    kind: 'organisation',
    name: 'Bistum Hildesheim',
    provenance: seed('Dr. Heiner Wilmer SCJ, Bischof von Hildesheim'),
    forms: {
      anchors: ['Hildesheim'],
      names: [`Bistums?${WS}Hildesheim`, `Diözese${WS}Hildesheim`],
    },
  },
  {
    id: 'dgb-nbs',
    kind: 'organisation',
    name: 'DGB Bezirk Niedersachsen – Bremen – Sachsen-Anhalt',
    short: 'DGB',
    provenance: seed('Deutscher Gewerkschaftsbund, Bezirk Niedersachsen – Bremen – Sachsen-Anhalt'),
    forms: {
      anchors: ['DGB', 'Gewerkschaftsbund'],
      // The bare „DGB“ names the federation or any district: only the district name makes it ours.
      names: [
        `DGB(?:${HYPHEN}|${WS})(?:Bezirks?(?:${HYPHEN}|${WS}))?Niedersachsen(?:${DASH_SEP}Bremen${DASH_SEP}Sachsen${HYPHEN}Anhalt)?`,
        `Deutsche[nrs]?${WS}Gewerkschaftsbund${GEN},?${WS}Bezirk${WS}Niedersachsen(?:${DASH_SEP}Bremen${DASH_SEP}Sachsen${HYPHEN}Anhalt)?`,
      ],
    },
  },
  {
    id: 'ba-rd-nsb',
    kind: 'organisation',
    name: 'Bundesagentur für Arbeit, Regionaldirektion Niedersachsen-Bremen',
    short: 'BA',
    provenance: seed('Bundesagentur für Arbeit, Regionaldirektion Niedersachsen – Bremen'),
    forms: {
      anchors: ['Regionaldirektion'],
      names: [`Regionaldirektion${WS}Niedersachsen${DASH_SEP}Bremen`],
    },
  },
  {
    id: 'nsgb',
    kind: 'organisation',
    name: 'Niedersächsischer Städte- und Gemeindebund',
    short: 'NSGB',
    provenance: seed('Präsident Niedersächsischer Städte- und Gemeindebund'),
    forms: {
      anchors: ['Gemeindebund', 'NSGB', 'NStGB'],
      names: [`${NDS_ADJ}${WS}Städte${HYPHEN}\\s*und${WS}Gemeindebund${GEN}`],
      abbreviations: ['NSGB', 'NStGB'],
      shortNames: [`Städte${HYPHEN}\\s*und${WS}Gemeindebund${GEN}`],
    },
  },
  {
    id: 'nlt',
    kind: 'organisation',
    name: 'Niedersächsischer Landkreistag',
    short: 'NLT',
    provenance: seed('Geschäftsführendes Präsidiumsmitglied Niedersächsischer Landkreistag'),
    forms: {
      anchors: ['Landkreistag', 'NLT'],
      names: [`${NDS_ADJ}${WS}Landkreistag${GEN}`, `Landkreistag${GEN}${WS}${NDS}`],
      abbreviations: ['NLT'],
      shortNames: [`Landkreistag${GEN}`],
    },
  },
  {
    id: 'nst',
    kind: 'organisation',
    name: 'Niedersächsischer Städtetag',
    short: 'NST',
    provenance: seed('Ulrich Mädge, Präsident Niedersächsischer Städtetag'),
    forms: {
      anchors: ['Städtetag', 'NST'],
      names: [`${NDS_ADJ}${WS}Städtetag${GEN}`, `Städtetag${GEN}${WS}${NDS}`],
      abbreviations: ['NST'],
      shortNames: [`Städtetag${GEN}`],
    },
  },
  {
    id: 'ag-ksv',
    kind: 'organisation',
    name: 'Arbeitsgemeinschaft der kommunalen Spitzenverbände Niedersachsens',
    short: 'AG KSV',
    provenance: seed('Sprecher der AG KSV'),
    forms: {
      anchors: ['Arbeitsgemeinschaft', 'KSV'],
      names: [`Arbeitsgemeinschaft${WS}der${WS}kommunalen${WS}Spitzenverbände${WS}Niedersachsens`],
      abbreviations: [`AG${WS}KSV`],
    },
  },
  {
    id: 'migrationsbeauftragte',
    kind: 'organisation',
    name: 'Landesbeauftragte für Migration und Teilhabe',
    provenance: seed('Landesbeauftragte für Migration und Teilhabe'),
    forms: {
      anchors: ['Landesbeauftragte'],
      names: [`Landesbeauftragte[nr]?${WS}für${WS}Migration${WS}und${WS}Teilhabe`],
    },
  },
];

export const PEOPLE: readonly Person[] = [
  {
    id: 'stephan-weil',
    kind: 'person',
    name: 'Stephan Weil',
    role: 'Ministerpräsident',
    affiliations: ['landesregierung'],
    provenance: seed('so Ministerpräsident Stephan Weil'),
    forms: {
      first: 'Stephan',
      surname: 'Weil',
      anchor: 'Weil',
      titles: ['Ministerpräsident(?:en)?', 'Regierungschef(?:s)?'],
    },
  },
  {
    id: 'ralf-meister',
    kind: 'person',
    name: 'Ralf Meister',
    role: 'Landesbischof',
    affiliations: ['landeskirche-hannovers'],
    provenance: seed('Landesbischof Ralf Meister, Evangelisch-Lutherische Landeskirche Hannovers'),
    forms: { first: 'Ralf', surname: 'Meister', anchor: 'Meister', titles: ['Landesbischof(?:s)?'] },
  },
  {
    id: 'heiner-wilmer',
    kind: 'person',
    name: 'Dr. Heiner Wilmer SCJ',
    role: 'Bischof von Hildesheim',
    affiliations: ['bistum-hildesheim'],
    provenance: seed('Dr. Heiner Wilmer SCJ, Bischof von Hildesheim'),
    forms: { first: 'Heiner', surname: 'Wilmer', anchor: 'Wilmer', titles: ['Bischof(?:s)?'], distinctive: true },
  },
  {
    id: 'volker-mueller',
    kind: 'person',
    name: 'Dr. Volker Müller',
    role: 'Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.',
    affiliations: ['uvn'],
    provenance: seed('Dr. Volker Müller, Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.'),
    forms: { first: 'Volker', surname: 'Müller', anchor: 'Müller', titles: ['Hauptgeschäftsführer(?:s)?'] },
  },
  {
    id: 'mehrdad-payandeh',
    kind: 'person',
    name: 'Dr. Mehrdad Payandeh',
    role: 'Vorsitzender Deutscher Gewerkschaftsbund, Bezirk Niedersachsen – Bremen – Sachsen-Anhalt',
    affiliations: ['dgb-nbs'],
    provenance: seed(
      'Dr. Mehrdad Payandeh, Vorsitzender Deutscher Gewerkschaftsbund, Bezirk Niedersachsen – Bremen – Sachsen-Anhalt',
    ),
    forms: {
      first: 'Mehrdad',
      distinctive: true,
      surname: 'Payandeh',
      anchor: 'Payandeh',
      titles: [
        'Chef(?:s)?',
        'Bezirkschef(?:s)?',
        'Vorsitzende[nr]?',
        'Bezirksvorsitzende[nr]?',
        'Gewerkschaftschef(?:s)?',
      ],
    },
  },
  {
    id: 'johannes-pfeiffer',
    kind: 'person',
    name: 'Johannes Pfeiffer',
    role: 'Vorsitzender der Geschäftsführung, Bundesagentur für Arbeit, Regionaldirektion Niedersachsen – Bremen',
    affiliations: ['ba-rd-nsb'],
    provenance: seed(
      'Johannes Pfeiffer, Vorsitzender der Geschäftsführung, Bundesagentur für Arbeit, Regionaldirektion Niedersachsen – Bremen',
    ),
    forms: {
      first: 'Johannes',
      surname: 'Pfeiffer',
      anchor: 'Pfeiffer',
      titles: ['Regionaldirektionschef(?:s)?', 'Agenturchef(?:s)?'],
    },
  },
  {
    id: 'marco-trips',
    kind: 'person',
    name: 'Dr. Marco Trips',
    role: 'Präsident Niedersächsischer Städte- und Gemeindebund',
    affiliations: ['nsgb'],
    provenance: seed('Dr. Marco Trips, Präsident Niedersächsischer Städte- und Gemeindebund'),
    forms: {
      first: 'Marco',
      surname: 'Trips',
      anchor: 'Trips',
      titles: ['Präsident(?:en)?', 'Verbandspräsident(?:en)?'],
    },
  },
  {
    id: 'hubert-meyer',
    kind: 'person',
    name: 'Prof. Dr. Hubert Meyer',
    role: 'Geschäftsführendes Präsidiumsmitglied Niedersächsischer Landkreistag; Sprecher der AG KSV',
    affiliations: ['nlt', 'ag-ksv'],
    provenance: seed(
      'Prof. Dr. Hubert Meyer, Geschäftsführendes Präsidiumsmitglied Niedersächsischer Landkreistag; Sprecher der AG KSV',
    ),
    forms: {
      first: 'Hubert',
      surname: 'Meyer',
      anchor: 'Meyer',
      titles: ['Hauptgeschäftsführer(?:s)?', 'Präsidiumsmitglied(?:s)?'],
    },
  },
  {
    id: 'ulrich-maedge',
    kind: 'person',
    name: 'Ulrich Mädge',
    role: 'Präsident Niedersächsischer Städtetag',
    affiliations: ['nst'],
    provenance: seed('Ulrich Mädge, Präsident Niedersächsischer Städtetag'),
    forms: {
      first: 'Ulrich',
      distinctive: true,
      surname: 'Mädge',
      anchor: 'Mädge',
      titles: ['Präsident(?:en)?', 'Städtetagspräsident(?:en)?', 'Oberbürgermeister(?:s)?'],
    },
  },
  {
    id: 'doris-schroeder-koepf',
    kind: 'person',
    name: 'Doris Schröder-Köpf',
    role: 'Landesbeauftragte für Migration und Teilhabe',
    affiliations: ['migrationsbeauftragte'],
    provenance: seed('Doris Schröder-Köpf, Landesbeauftragte für Migration und Teilhabe'),
    forms: {
      first: 'Doris',
      distinctive: true,
      surname: `Schröder(?:${HYPHEN}|${WS})Köpf`,
      anchor: 'Schröder',
      titles: ['Landesbeauftragte[n]?', 'Migrationsbeauftragte[n]?'],
    },
  },
];

export const ENTITIES: readonly Entity[] = [...ORGANISATIONS, ...PEOPLE];

const BY_ID = new Map<string, Entity>(ENTITIES.map((e) => [e.id, e]));

/** The entity with this id, or undefined for an unknown id (e.g. from a stale message). */
export function entityById(id: string): Entity | undefined {
  return BY_ID.get(id);
}
