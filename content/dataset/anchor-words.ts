/**
 * Every entity's anchor words (`forms.anchor` / `forms.anchors` in entities.ts): each surface form of an
 * entity contains one. The content script's first look at a page (content/candidate-sniffer.ts) needs
 * only these, so it need not load the dataset. tests/unit/content/candidate-sniffer.test.ts keeps this list
 * equal to entities.ts.
 */
export const ANCHOR_WORDS: readonly string[] = [
  'Arbeitsgemeinschaft',
  'Beauftragte',
  'DGB',
  'Gemeindebund',
  'Gewerkschaftsbund',
  'Hildesheim',
  'KSV',
  'Landesbeauftragte',
  'Landeskirche',
  'Landesregierung',
  'Landkreistag',
  'Meister',
  'Meyer',
  'Mädge',
  'Müller',
  'NIEDERSACHSEN',
  'NLT',
  'NSGB',
  'NST',
  'NStGB',
  'Niedersachsen',
  'Payandeh',
  'Pfeiffer',
  'Regionaldirektion',
  'Schröder',
  'Staatskanzlei',
  'Städtetag',
  'Trips',
  'UVN',
  'Unternehmerverb',
  'Weil',
  'Wilmer',
];
