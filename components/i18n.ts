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
};

export type MessageKey = keyof typeof de;
const MESSAGES: Record<Lang, typeof de> = { de, en };

/** The UI string for `key` in the current language (reading `lang` subscribes the component). */
export function t(key: MessageKey): string {
  return MESSAGES[lang.value][key];
}
