import type { CopyFormat } from './attribution';
import type { HighlightPalette, HighlightStyle, KindGroup } from './engine/highlight-looks';

/** The reader's settings (storage.sync). */
export interface Settings {
  highlightStyle: HighlightStyle;
  palette: HighlightPalette;
  /** ms the pointer rests on a mention before its card opens. */
  hoverDelay: number;
  /** Which kinds of mentions are marked. */
  kinds: Record<KindGroup, boolean>;
  /** Hostnames where the extension is paused. */
  pausedSites: string[];
  lang: 'de' | 'en';
  copyFormat: CopyFormat;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightStyle: 'underline',
  palette: 'standard',
  hoverDelay: 300,
  kinds: { alliance: true, organisation: true, person: true },
  pausedSites: [],
  lang: 'de',
  copyFormat: 'plain',
});

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * Reads whatever storage holds into valid settings, field by field: a malformed or outdated field falls
 * back to its default, the others are kept. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const kinds = (typeof r.kinds === 'object' && r.kinds !== null ? r.kinds : {}) as Record<string, unknown>;
  const delay =
    typeof r.hoverDelay === 'number' && Number.isFinite(r.hoverDelay) ? r.hoverDelay : DEFAULT_SETTINGS.hoverDelay;
  return {
    highlightStyle: oneOf(r.highlightStyle, ['underline', 'background', 'off'], DEFAULT_SETTINGS.highlightStyle),
    palette: oneOf(r.palette, ['standard', 'violet', 'contrast'], DEFAULT_SETTINGS.palette),
    hoverDelay: Math.min(1500, Math.max(100, Math.round(delay))),
    kinds: {
      alliance: typeof kinds.alliance === 'boolean' ? kinds.alliance : true,
      organisation: typeof kinds.organisation === 'boolean' ? kinds.organisation : true,
      person: typeof kinds.person === 'boolean' ? kinds.person : true,
    },
    pausedSites: Array.isArray(r.pausedSites)
      ? [...new Set(r.pausedSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256))]
      : [],
    lang: oneOf(r.lang, ['de', 'en'], DEFAULT_SETTINGS.lang),
    copyFormat: oneOf(r.copyFormat, ['plain', 'markdown', 'html'], DEFAULT_SETTINGS.copyFormat),
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
