import { COPY_FORMATS, type CopyFormat } from './attribution';
import {
  HIGHLIGHT_PALETTES,
  HIGHLIGHT_STYLES,
  KIND_GROUPS,
  type HighlightPalette,
  type HighlightStyle,
  type KindGroup,
} from './engine/highlight-looks';

/** The languages of the extension's own text (cards, popup, options); quotes stay in their German original. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/**
 * The reader's language setting: `auto` follows the browser's UI language until they choose one (issue 15).
 * Stored as chosen, so a later change of the browser's language is followed while the choice is `auto`.
 */
export const LANG_CHOICES = ['auto', ...LANGS] as const;
export type LangChoice = (typeof LANG_CHOICES)[number];

/**
 * The language shown for `choice`, where the browser's UI language is `uiLanguage` (a BCP 47 tag, as
 * `i18n.getUILanguage()` gives it: „de“, „de-AT“, „en-US“): English for English, German for every other
 * language, since the source and its quotes are German.
 */
export function resolveLang(choice: LangChoice, uiLanguage: string | undefined): Lang {
  if (choice !== 'auto') return choice;
  return /^en(?:[-_]|$)/i.test(uiLanguage ?? '') ? 'en' : 'de';
}

/** The look's choices are declared by the engine, which may import nothing of ours (highlight-looks.ts). */
export { HIGHLIGHT_PALETTES, HIGHLIGHT_STYLES, KIND_GROUPS };

/** The hover delay's range and step (ms). */
export const HOVER_DELAY = { min: 100, max: 1500, step: 50 } as const;

/** The reader's settings (storage.sync). */
export interface Settings {
  highlightStyle: HighlightStyle;
  palette: HighlightPalette;
  /** ms the pointer rests on a mention before its card opens (HOVER_DELAY). */
  hoverDelay: number;
  /** Which kinds of mentions are marked. */
  kinds: Record<KindGroup, boolean>;
  /** Sites where the extension is paused: host names, each covering its subdomains (pauseCovers). */
  pausedSites: string[];
  /** Paused on every site („Überall pausieren“), whatever pausedSites says. */
  pausedEverywhere: boolean;
  lang: LangChoice;
  copyFormat: CopyFormat;
}

/**
 * The settings that are one choice of a list, with that list: parseSettings accepts these values and no
 * other, and the options page shows each with a label (a choice without one does not compile there).
 */
export const CHOICES = {
  highlightStyle: HIGHLIGHT_STYLES,
  palette: HIGHLIGHT_PALETTES,
  lang: LANG_CHOICES,
  copyFormat: COPY_FORMATS,
} as const satisfies { [K in keyof Settings]?: readonly Settings[K][] };

export type ChoiceSetting = keyof typeof CHOICES;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightStyle: 'underline',
  palette: 'standard',
  hoverDelay: 300,
  kinds: { alliance: true, organisation: true, person: true },
  pausedSites: [],
  pausedEverywhere: false,
  lang: 'auto',
  copyFormat: 'plain',
});

function choice<K extends ChoiceSetting>(raw: Record<string, unknown>, key: K): Settings[K] {
  const value = raw[key];
  const allowed: readonly string[] = CHOICES[key];
  return typeof value === 'string' && allowed.includes(value) ? (value as Settings[K]) : DEFAULT_SETTINGS[key];
}

/**
 * Reads whatever storage holds into valid settings, field by field: a malformed or outdated field falls
 * back to its default, the others are kept. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const kinds = (typeof r.kinds === 'object' && r.kinds !== null ? r.kinds : {}) as Record<string, unknown>;
  const delay =
    typeof r.hoverDelay === 'number' && Number.isFinite(r.hoverDelay) ? r.hoverDelay : DEFAULT_SETTINGS.hoverDelay;
  const kindOn = (k: KindGroup) => (typeof kinds[k] === 'boolean' ? (kinds[k] as boolean) : DEFAULT_SETTINGS.kinds[k]);
  return {
    highlightStyle: choice(r, 'highlightStyle'),
    palette: choice(r, 'palette'),
    hoverDelay: Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, Math.round(delay))),
    kinds: Object.fromEntries(KIND_GROUPS.map((k) => [k, kindOn(k)])) as Record<KindGroup, boolean>,
    pausedSites: Array.isArray(r.pausedSites)
      ? [...new Set(r.pausedSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256))]
      : [],
    pausedEverywhere: r.pausedEverywhere === true,
    lang: choice(r, 'lang'),
    copyFormat: choice(r, 'copyFormat'),
  };
}

/** The host name of an http(s) page; null for pages that have none (browser and extension pages, files). */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * The entry that pausing `host` stores: the host without a leading „www.“, so that pausing on www.haz.de
 * also pauses haz.de and m.haz.de (an entry covers its subdomains). Without the public suffix list we do
 * not guess more than that: pausing on m.haz.de pauses m.haz.de and below.
 */
export function pauseKeyOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h.startsWith('www.') && h.split('.').length > 2 ? h.slice(4) : h;
}

/** Does the paused entry `site` cover `host`: the same host or one of its subdomains? */
export function pauseCovers(site: string, host: string): boolean {
  const s = site.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === s || h.endsWith(`.${s}`);
}

/** Is the extension paused on `url`: everywhere, or on a site that covers the page's host? */
export function isPaused(settings: Settings, url: string): boolean {
  const host = siteOf(url);
  if (host === null) return false;
  return settings.pausedEverywhere || settings.pausedSites.some((s) => pauseCovers(s, host));
}

/** The paused entries that cover `host` (what resuming there removes). */
export function pausesCovering(settings: Settings, host: string): string[] {
  return settings.pausedSites.filter((s) => pauseCovers(s, host));
}

/**
 * Pauses or resumes on the site of `host`. Pausing adds its entry (pauseKeyOf); resuming removes every
 * entry that covers the host (pausing haz.de and resuming on www.haz.de resumes haz.de) and, if the
 * extension was paused everywhere, ends that too: resuming on a page makes it work there.
 */
export function withPause(settings: Settings, host: string, paused: boolean): Settings {
  if (paused) {
    const key = pauseKeyOf(host);
    return { ...settings, pausedSites: [...settings.pausedSites.filter((s) => s !== key), key] };
  }
  const covering = new Set(pausesCovering(settings, host));
  return { ...settings, pausedEverywhere: false, pausedSites: settings.pausedSites.filter((s) => !covering.has(s)) };
}
