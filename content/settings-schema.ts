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
  /** Hostnames where the extension is paused. */
  pausedSites: string[];
  lang: Lang;
  copyFormat: CopyFormat;
}

/**
 * The settings that are one choice of a list, with that list: parseSettings accepts these values and no
 * other, and the options page shows each with a label (a choice without one does not compile there).
 */
export const CHOICES = {
  highlightStyle: HIGHLIGHT_STYLES,
  palette: HIGHLIGHT_PALETTES,
  lang: LANGS,
  copyFormat: COPY_FORMATS,
} as const satisfies { [K in keyof Settings]?: readonly Settings[K][] };

export type ChoiceSetting = keyof typeof CHOICES;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightStyle: 'underline',
  palette: 'standard',
  hoverDelay: 300,
  kinds: { alliance: true, organisation: true, person: true },
  pausedSites: [],
  lang: 'de',
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
    lang: choice(r, 'lang'),
    copyFormat: choice(r, 'copyFormat'),
  };
}

/** The key a site is paused under: its hostname; null for pages that have none. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}

export function isPaused(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && settings.pausedSites.includes(site);
}

export function withPause(settings: Settings, site: string, paused: boolean): Settings {
  const others = settings.pausedSites.filter((s) => s !== site);
  return { ...settings, pausedSites: paused ? [...others, site] : others };
}
