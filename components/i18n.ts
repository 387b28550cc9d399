import { signal } from '@preact/signals';
import { FIGURES, SOURCE } from '../content/dataset';
import type { Lang } from '../content/settings-schema';

/**
 * UI strings in German and English. Not browser.i18n: its language follows the browser and cannot be
 * switched at runtime, which the card-language setting needs. (The manifest strings use _locales.)
 * Quotes stay in their German original whatever the UI language. Figures and dates come from the dataset.
 */
export const lang = signal<Lang>('de');

/** A figure's value as the source prints it („2.690“). */
function figure(id: string): string {
  const found = FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found.value;
}

/** The source's date (ISO, read as UTC so no time zone moves it a day). */
const SOURCE_DATE = new Date(`${SOURCE.date}T00:00:00Z`);
/** The anniversary the source marks on its own date („5 Jahre“). */
const YEARS = Number.parseInt(figure('five-years'), 10);
/** Founded that many years before the anniversary, in the same month. */
const FOUNDED = new Date(SOURCE_DATE);
FOUNDED.setUTCFullYear(SOURCE_DATE.getUTCFullYear() - YEARS);
const SUPPORTERS = { people: figure('supporters-people'), organisations: figure('supporters-organisations') };

const monthYear = (date: Date, locale: string) =>
  date.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** „30 Nov 2020“ */
const englishDate = (date: Date) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A German number in English notation („2.690“ → „2,690“). */
const englishNumber = (value: string) => value.replace(/\./g, ',');
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const englishOrdinal = (n: number) =>
  `${n}${ORDINAL_SUFFIX[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;

const de = {
  kindPerson: 'Person',
  kindOrganisation: 'Organisation',
  kindAlliance: 'Bündnis',
  asOf: `Stand: ${SOURCE.dateLabel}`,
  statements: `Aussagen zum ${YEARS}. Jahrestag`,
  figures: 'Zahlen',
  representedBy: 'Vertreten durch',
  speaksFor: 'Spricht für',
  founded: `Gegründet im ${monthYear(FOUNDED, 'de-DE')} vom Land Niedersachsen`,
  supporters: `Mehr als ${SUPPORTERS.people} Einzelpersonen und ${SUPPORTERS.organisations} Organisationen stehen hinter dem Bündnis.`,
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
  popupTitle: 'Niedersachsen packt an',
  popupSubtitle: `Kontextkarten · ${SOURCE.kind} vom ${SOURCE.dateLabel}`,
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
  optionsTitle: 'Einstellungen – Kontextkarten',
  optLook: 'Markierung',
  optStyleUnderline: 'Unterstrichen',
  optStyleBackground: 'Hinterlegt',
  optStyleOff: 'Aus (Karten nur per Tastenkürzel)',
  optPalette: 'Farben',
  optPaletteStandard: 'Standard (Türkis, Blau, Orange)',
  optPaletteViolet: 'Violett',
  optPaletteContrast: 'Hoher Kontrast (Textfarbe)',
  optKinds: 'Was markiert wird',
  optKindAlliance: 'Das Bündnis',
  optKindOrganisation: 'Partnerorganisationen',
  optKindPerson: 'Personen',
  optHoverDelay: 'Verzögerung, bis die Karte öffnet',
  optLanguage: 'Sprache der Karten',
  optCopyFormat: 'Standardformat beim Kopieren',
  optPausedSites: 'Pausierte Websites',
  optNoPausedSites: 'Keine – die Erweiterung arbeitet überall.',
  optAddSite: 'Website hinzufügen',
  optAddSitePlaceholder: 'z. B. www.example.de',
  optRemove: 'Entfernen',
  optInvalidSite: 'Bitte einen Hostnamen wie www.example.de eingeben.',
  optLangDe: 'Deutsch',
  optLangEn: 'English',
  optReset: 'Auf Standard zurücksetzen',
  optSaved: 'Gespeichert – gilt sofort in allen Tabs.',
  optShortcuts:
    'Tastenkürzel: Alt+Umschalt+K springt zur nächsten Erwähnung; ändern in den Tastenkürzel-Einstellungen des Browsers.',
};

const en: typeof de = {
  kindPerson: 'Person',
  kindOrganisation: 'Organisation',
  kindAlliance: 'Alliance',
  asOf: `As of ${englishDate(SOURCE_DATE)}`,
  statements: `Statements on the ${englishOrdinal(YEARS)} anniversary`,
  figures: 'Figures',
  representedBy: 'Represented by',
  speaksFor: 'Speaks for',
  founded: `Founded in ${monthYear(FOUNDED, 'en-GB')} by the state of Lower Saxony`,
  supporters: `More than ${englishNumber(SUPPORTERS.people)} individuals and ${englishNumber(SUPPORTERS.organisations)} organisations support the alliance.`,
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
  popupTitle: 'Niedersachsen packt an',
  popupSubtitle: `Context cards · press release of ${englishDate(SOURCE_DATE)}`,
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
  optionsTitle: 'Settings – Context cards',
  optLook: 'Marks',
  optStyleUnderline: 'Underlined',
  optStyleBackground: 'Highlighted',
  optStyleOff: 'Off (cards by keyboard shortcut only)',
  optPalette: 'Colours',
  optPaletteStandard: 'Standard (teal, blue, orange)',
  optPaletteViolet: 'Violet',
  optPaletteContrast: 'High contrast (text colour)',
  optKinds: 'What is marked',
  optKindAlliance: 'The alliance',
  optKindOrganisation: 'Partner organisations',
  optKindPerson: 'People',
  optHoverDelay: 'Delay before the card opens',
  optLanguage: 'Card language',
  optCopyFormat: 'Default copy format',
  optPausedSites: 'Paused sites',
  optNoPausedSites: 'None – the extension works everywhere.',
  optAddSite: 'Add site',
  optAddSitePlaceholder: 'e.g. www.example.com',
  optRemove: 'Remove',
  optInvalidSite: 'Please enter a host name like www.example.com.',
  optLangDe: 'Deutsch',
  optLangEn: 'English',
  optReset: 'Reset to defaults',
  optSaved: 'Saved – applies at once in all tabs.',
  optShortcuts: 'Shortcut: Alt+Shift+K goes to the next mention; change it in the browser’s shortcut settings.',
};

export type MessageKey = keyof typeof de;
const MESSAGES: Record<Lang, typeof de> = { de, en };

/** The UI string for `key` in the current language (reading `lang` subscribes the component). */
export function t(key: MessageKey): string {
  return MESSAGES[lang.value][key];
}
