import { CLOSE_QUOTE, GEN, HYPHEN, NDS, NDS_ADJ, OPEN_QUOTE, REGION_LINK, REGION_SEP, WS } from './grammar';
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
      context: ['packt', 'PACKT', 'Packt'],
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
      context: ['iedersächs', 'IEDERSÄCHS', 'Niedersachsen', 'Nds.'],
      anchors: ['Landesregierung', 'Staatskanzlei'],
      names: [
        `${NDS_ADJ}${WS}(?:Landesregierung|Staatskanzlei)`,
        `(?:Landesregierung|Staatskanzlei)${REGION_LINK}?${WS}${NDS}`,
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
      context: ['Hannover', 'annoversch'],
      anchors: ['Landeskirche'],
      names: [
        `(?:Ev(?:angelisch|\\.)${HYPHEN}?\\s*[Ll]uth(?:erisch|\\.)(?:e[nrs]?)?${WS})?Landeskirche${WS}Hannovers?`,
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
      context: ['Bistum', 'Diözese'],
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
      context: ['Niedersachsen'],
      anchors: ['DGB', 'Gewerkschaftsbund'],
      // The bare „DGB“ names the federation or any district: only the district name makes it ours.
      names: [
        `DGB(?:${HYPHEN}[${'A-ZÄÖÜ'}][a-zäöüß]*)?(?:${HYPHEN}|${WS}|${REGION_LINK})(?:Bezirks?(?:${HYPHEN}|${WS}))?Niedersachsen(?:${REGION_SEP}Bremen${REGION_SEP}Sachsen${HYPHEN}Anhalt)?`,
        `Deutsche[nrs]?${WS}Gewerkschaftsbund${GEN}(?:${WS}\\(DGB\\))?(?:,?${WS}Bezirk${WS}|${REGION_LINK})Niedersachsen(?:${REGION_SEP}Bremen${REGION_SEP}Sachsen${HYPHEN}Anhalt)?`,
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
      context: ['Niedersachsen'],
      anchors: ['Regionaldirektion'],
      names: [
        `Regionaldirektion(?:${WS}der${WS}(?:Bundesagentur${WS}für${WS}Arbeit|Arbeitsagentur))?(?:${WS}|${REGION_LINK})Niedersachsen${REGION_SEP}Bremen`,
        `Niedersachsen${HYPHEN}Bremer${WS}Regionaldirektion`,
      ],
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
      regionalNames: [`Arbeitsgemeinschaft${WS}der${WS}kommunalen${WS}Spitzenverbände`],
    },
  },
  {
    id: 'migrationsbeauftragte',
    kind: 'organisation',
    name: 'Landesbeauftragte für Migration und Teilhabe',
    provenance: seed('Landesbeauftragte für Migration und Teilhabe'),
    forms: {
      anchors: ['Landesbeauftragte', 'Beauftragte'],
      names: [
        `Landesbeauftragte[nr]?${WS}für${WS}Migration${WS}und${WS}Teilhabe`,
        `Beauftragte[nr]?${WS}des${WS}Landes${WS}Niedersachsen${WS}für${WS}Migration${WS}und${WS}Teilhabe`,
      ],
      regionalNames: [`Beauftragte[nr]?${WS}für${WS}Migration${WS}und${WS}Teilhabe`],
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
      firstVariants: ['Stefan'],
      surname: 'Weil',
      alsoAWord: 'conjunction',
      titleAbbreviations: ['MP', 'Min.-Präs.', 'Ministerpräs.'],
      anchor: 'Weil',
      titles: ['Ministerpräsident', 'Regierungschef', 'Landesvater'],
    },
  },
  {
    id: 'ralf-meister',
    kind: 'person',
    name: 'Ralf Meister',
    role: 'Landesbischof',
    affiliations: ['landeskirche-hannovers'],
    provenance: seed('Landesbischof Ralf Meister, Evangelisch-Lutherische Landeskirche Hannovers'),
    forms: {
      first: 'Ralf',
      surname: 'Meister',
      alsoAWord: 'noun',
      anchor: 'Meister',
      titles: ['Landesbischof'],
      titleAbbreviations: ['LB', 'Landesbf.'],
      pluralTitles: ['Bischöfe', 'Landesbischöfe'],
    },
  },
  {
    id: 'heiner-wilmer',
    kind: 'person',
    name: 'Dr. Heiner Wilmer SCJ',
    role: 'Bischof von Hildesheim',
    affiliations: ['bistum-hildesheim'],
    provenance: seed('Dr. Heiner Wilmer SCJ, Bischof von Hildesheim'),
    forms: {
      first: 'Heiner',
      surname: 'Wilmer',
      anchor: 'Wilmer',
      titles: ['Bischof', 'Pater'],
      pluralTitles: ['Bischöfe'],
      suffix: 'SCJ',
    },
  },
  {
    id: 'volker-mueller',
    kind: 'person',
    name: 'Dr. Volker Müller',
    role: 'Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.',
    affiliations: ['uvn'],
    provenance: seed('Dr. Volker Müller, Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.'),
    forms: {
      first: 'Volker',
      surname: 'Müller',
      anchor: 'Müller',
      alsoAWord: 'noun',
      titles: [],
      roles: ['Hauptgeschäftsführer', 'Chef'],
    },
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
      titles: ['Gewerkschafter'],
      roles: ['Chef', 'Vorsitzende'],
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
      titles: ['Regionaldirektionschef', 'Agenturchef'],
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
      titles: [],
      roles: ['Präsident'],
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
      titles: [],
      roles: ['Hauptgeschäftsführer', 'Präsidiumsmitglied', 'Chef', 'Sprecher'],
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
      titles: [],
      roles: ['Präsident', 'Oberbürgermeister'],
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
      surname: 'Schröder-Köpf',
      anchor: 'Schröder',
      titles: ['Landesbeauftragte', 'Migrationsbeauftragte'],
    },
  },
];

export const ENTITIES: readonly Entity[] = [...ORGANISATIONS, ...PEOPLE];

const BY_ID = new Map<string, Entity>(ENTITIES.map((e) => [e.id, e]));

/** The entity with this id, or undefined for an unknown id (e.g. from a stale message). */
export function entityById(id: string): Entity | undefined {
  return BY_ID.get(id);
}
