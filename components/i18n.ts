import { signal } from '@preact/signals';

/**
 * UI strings in German and English. Not browser.i18n: its language follows the browser and cannot be
 * switched at runtime, which the card-language setting needs. (The manifest strings use _locales.)
 * Quotes stay in their German original whatever the UI language.
 */
export type Lang = 'de' | 'en';

export const lang = signal<Lang>('de');

const de = {
  kindPerson: 'Person',
  kindOrganisation: 'Organisation',
  kindAlliance: 'Bündnis',
  asOf: 'Stand: 30.11.2020',
  statements: 'Aussagen zum 5. Jahrestag',
  figures: 'Zahlen',
  representedBy: 'Vertreten durch',
  speaksFor: 'Spricht für',
  founded: 'Gegründet im November 2015 vom Land Niedersachsen',
  supporters: 'Mehr als 2.690 Einzelpersonen und 340 Organisationen stehen hinter dem Bündnis.',
  motto: 'Motto',
  website: 'Website des Bündnisses',
  source: 'Quelle',
  copy: 'Zitat kopieren',
  copyAs: 'Kopieren als',
  copyPlain: 'Text',
  copyMarkdown: 'Markdown',
  copyHtml: 'HTML',
  copied: 'Kopiert: Zitat mit Quellenangabe',
  copiedPart: 'Kopiert: markierter Teil mit Quellenangabe',
  copyFailed: 'Kopieren nicht möglich – der Browser hat den Zugriff auf die Zwischenablage verweigert.',
  more: 'mehr',
  less: 'weniger',
  close: 'Karte schließen',
  germanOriginal: '',
  noStatement: 'Keine eigene Aussage in der Quelle.',
  cardLabel: 'Kontextkarte',
  openCard: 'Karte öffnen',
  popupTitle: 'Niedersachsen packt an',
  popupSubtitle: 'Kontextkarten · Pressemitteilung vom 30.11.2020',
  onThisPage: 'Auf dieser Seite',
  noMentions: 'Auf dieser Seite keine Erwähnungen.',
  unavailable: 'Auf dieser Seite kann die Erweiterung nicht arbeiten (Browser-, Erweiterungs- oder Store-Seite).',
  loading: 'Seite wird gelesen …',
  pausedHere: 'Auf dieser Website pausiert.',
  pauseSite: 'Auf dieser Website pausieren',
  mentionsCount: 'Erwähnungen',
  showNext: 'Zur nächsten Erwähnung springen und Karte öffnen',
  keyFigures: 'Zahlen',
  links: 'Links aus der Pressemitteilung',
  noAddress: 'In der Quelle ohne Adresse genannt',
  partners: 'Partner und Vertreter',
  search: 'Partner suchen',
  searchPlaceholder: 'Name, Organisation oder Zitat …',
  results: 'Treffer',
  noResults: 'Keine Treffer.',
  copyFigure: 'Zahl mit Quelle kopieren',
  settings: 'Einstellungen',
};

const en: typeof de = {
  kindPerson: 'Person',
  kindOrganisation: 'Organisation',
  kindAlliance: 'Alliance',
  asOf: 'As of 30 Nov 2020',
  statements: 'Statements on the 5th anniversary',
  figures: 'Figures',
  representedBy: 'Represented by',
  speaksFor: 'Speaks for',
  founded: 'Founded in November 2015 by the state of Lower Saxony',
  supporters: 'More than 2,690 individuals and 340 organisations support the alliance.',
  motto: 'Motto',
  website: 'Alliance website',
  source: 'Source',
  copy: 'Copy quote',
  copyAs: 'Copy as',
  copyPlain: 'Text',
  copyMarkdown: 'Markdown',
  copyHtml: 'HTML',
  copied: 'Copied: quote with attribution',
  copiedPart: 'Copied: selected part with attribution',
  copyFailed: 'Could not copy – the browser denied access to the clipboard.',
  more: 'more',
  less: 'less',
  close: 'Close card',
  germanOriginal: 'German original',
  noStatement: 'No statement of their own in the source.',
  cardLabel: 'Context card',
  openCard: 'Open card',
  popupTitle: 'Niedersachsen packt an',
  popupSubtitle: 'Context cards · press release of 30 Nov 2020',
  onThisPage: 'On this page',
  noMentions: 'No mentions on this page.',
  unavailable: 'The extension cannot run on this page (browser, extension or store page).',
  loading: 'Reading the page …',
  pausedHere: 'Paused on this site.',
  pauseSite: 'Pause on this site',
  mentionsCount: 'mentions',
  showNext: 'Go to the next mention and open its card',
  keyFigures: 'Figures',
  links: 'Links from the press release',
  noAddress: 'Named in the source without an address',
  partners: 'Partners and representatives',
  search: 'Search partners',
  searchPlaceholder: 'Name, organisation or quote …',
  results: 'results',
  noResults: 'No results.',
  copyFigure: 'Copy figure with source',
  settings: 'Settings',
};

export type MessageKey = keyof typeof de;
const MESSAGES: Record<Lang, typeof de> = { de, en };

/** The UI string for `key` in the current language (reading `lang` subscribes the component). */
export function t(key: MessageKey): string {
  return MESSAGES[lang.value][key];
}
