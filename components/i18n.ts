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
  unavailable:
    'Auf dieser Seite darf keine Erweiterung arbeiten (Seiten des Browsers, von Erweiterungen und der Add-on-Stores).',
  reloadNeeded: 'Diese Seite war schon offen, bevor die Erweiterung installiert wurde. Neu geladen, wird sie gelesen.',
  reloadPage: 'Diese Seite neu laden',
  loading: 'Seite wird gelesen …',
  pausedHere: 'Auf dieser Website pausiert.',
  pausedEverywhere: 'Überall pausiert – die Erweiterung markiert auf keiner Seite etwas.',
  pauseSite: 'Auf dieser Website pausieren',
  pauseEverywhere: 'Überall pausieren',
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
  optLanguage: 'Sprache (Karten, Popup, Einstellungen)',
  optLangAuto: 'Wie der Browser',
  optCopyFormat: 'Standardformat beim Kopieren',
  optPausedSites: 'Pausierte Websites',
  optPausedSitesHint: 'Eine Website gilt mit ihren Subdomains: example.de umfasst auch www.example.de.',
  optNoPausedSites: 'Keine – die Erweiterung arbeitet überall.',
  optAddSite: 'Website hinzufügen',
  optAddSitePlaceholder: 'z. B. www.example.de',
  optRemove: 'Entfernen',
  optInvalidSite: 'Bitte einen Hostnamen wie www.example.de eingeben.',
  optLangDe: 'Deutsch',
  optLangEn: 'English',
  optReset: 'Auf Standard zurücksetzen',
  optSaved: 'Gespeichert – gilt sofort in allen Tabs.',
  optSaveFailed:
    'Nicht gespeichert: Der Browser hat das Speichern abgelehnt. Es gilt weiter die bisherige Einstellung.',
  shortcuts: 'Tastenkürzel',
  cmdNextMention: 'Zur nächsten Erwähnung springen und Karte öffnen',
  cmdTogglePause: 'Auf dieser Website pausieren oder fortsetzen',
  shortcutNone: 'nicht festgelegt',
  shortcutsChange: 'Tastenkürzel ändern',
  shortcutsNoApi: 'Dieser Browser bietet keine Tastenkürzel für Erweiterungen; auf Seiten gelten die vorgeschlagenen.',
  cardMenu: 'Weitere Aktionen',
  reportWrong: 'Falsche Markierung melden',
  reportIntro:
    'Der Bericht wird nur in die Zwischenablage kopiert – die Erweiterung sendet nichts. Wohin Sie ihn schicken können, steht in der Anleitung (README) und im Store-Eintrag.',
  reportIncludeAddress: 'Adresse dieser Seite aufnehmen',
  reportCopy: 'Bericht kopieren',
  reportCopied: 'Bericht kopiert – nichts wurde gesendet.',
  reportTitle: 'Falsche Markierung – Kontextkarten',
  reportSentence: 'Satz',
  reportMarked: 'Markiert',
  reportDetectedAs: 'Erkannt als',
  reportExtension: 'Erweiterung',
  reportDataset: 'Datensatz',
  reportAddress: 'Adresse',
  welcomeTitle: 'Willkommen bei den Kontextkarten',
  welcomeWhat: `Die Erweiterung markiert auf den Seiten, die Sie lesen, Erwähnungen eines niedersächsischen Integrationsbündnisses, seiner Partner und ihrer Vertreter und zeigt dazu Karten mit Angaben aus einer ${SOURCE.kind} vom ${SOURCE.dateLabel} – sie verändert keine Seite, sendet nichts und markiert nichts anderes, darum bleiben die meisten Seiten ohne Markierung.`,
  welcomeTry: 'Probieren Sie es hier aus',
  welcomeTryHint:
    'Zeigen Sie mit der Maus auf einen markierten Namen, tippen Sie ihn an, oder springen Sie mit dem Tastenkürzel zur nächsten Erwähnung.',
  welcomeSample: 'Beispieltext, für diese Erweiterung geschrieben',
  welcomeSettings: 'Einstellungen öffnen',
  welcomeReload: 'Tabs, die schon vor der Installation offen waren, einmal neu laden.',
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
  unavailable: 'No extension may run on this page (pages of the browser, of extensions and of the add-on stores).',
  reloadNeeded: 'This page was already open before the extension was installed. Once reloaded, it is read.',
  reloadPage: 'Reload this page',
  loading: 'Reading the page …',
  pausedHere: 'Paused on this site.',
  pausedEverywhere: 'Paused everywhere – the extension marks nothing on any page.',
  pauseSite: 'Pause on this site',
  pauseEverywhere: 'Pause everywhere',
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
  optLanguage: 'Language (cards, popup, settings)',
  optLangAuto: 'Same as the browser',
  optCopyFormat: 'Default copy format',
  optPausedSites: 'Paused sites',
  optPausedSitesHint: 'A site includes its subdomains: example.com covers www.example.com too.',
  optNoPausedSites: 'None – the extension works everywhere.',
  optAddSite: 'Add site',
  optAddSitePlaceholder: 'e.g. www.example.com',
  optRemove: 'Remove',
  optInvalidSite: 'Please enter a host name like www.example.com.',
  optLangDe: 'Deutsch',
  optLangEn: 'English',
  optReset: 'Reset to defaults',
  optSaved: 'Saved – applies at once in all tabs.',
  optSaveFailed: 'Not saved: the browser refused to store it. The previous setting still applies.',
  shortcuts: 'Keyboard shortcuts',
  cmdNextMention: 'Go to the next mention and open its card',
  cmdTogglePause: 'Pause or resume on this site',
  shortcutNone: 'not set',
  shortcutsChange: 'Change shortcuts',
  shortcutsNoApi: 'This browser offers no shortcuts for extensions; on pages the suggested ones apply.',
  cardMenu: 'More actions',
  reportWrong: 'Report a wrong mark',
  reportIntro:
    'The report is only copied to the clipboard – the extension sends nothing. Where to send it is in the guide (README) and the store listing.',
  reportIncludeAddress: 'Include this page’s address',
  reportCopy: 'Copy report',
  reportCopied: 'Report copied – nothing was sent.',
  reportTitle: 'Wrong mark – Context cards',
  reportSentence: 'Sentence',
  reportMarked: 'Marked',
  reportDetectedAs: 'Detected as',
  reportExtension: 'Extension',
  reportDataset: 'Dataset',
  reportAddress: 'Address',
  welcomeTitle: 'Welcome to the context cards',
  welcomeWhat: `The extension marks mentions of a Lower Saxony integration alliance, its partners and their representatives on the pages you read and shows cards with facts from one press release of ${englishDate(SOURCE_DATE)} – it changes no page, sends nothing and marks nothing else, so most pages show no marks at all.`,
  welcomeTry: 'Try it here',
  welcomeTryHint: 'Rest the pointer on a marked name, tap it, or jump to the next mention with the keyboard shortcut.',
  welcomeSample: 'Sample text, written for this extension (German, like the pages it reads)',
  welcomeSettings: 'Open the settings',
  welcomeReload: 'Tabs that were open before the install need one reload.',
};

export type MessageKey = keyof typeof de;
const MESSAGES: Record<Lang, typeof de> = { de, en };

/** The UI string for `key` in the current language (reading `lang` subscribes the component). */
export function t(key: MessageKey): string {
  return MESSAGES[lang.value][key];
}
