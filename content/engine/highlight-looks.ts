import type { Entity } from '../dataset';

/** The looks a reader can choose; the settings and the options page derive their choices from these. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'off'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const HIGHLIGHT_PALETTES = ['standard', 'violet', 'contrast'] as const;
export type HighlightPalette = (typeof HIGHLIGHT_PALETTES)[number];
export const KIND_GROUPS = ['alliance', 'organisation', 'person'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

export interface HighlightLook {
  style: HighlightStyle;
  palette: HighlightPalette;
}

export const DEFAULT_LOOK: Readonly<HighlightLook> = Object.freeze({ style: 'underline', palette: 'standard' });

export function kindGroup(entity: Pick<Entity, 'id' | 'kind'>): KindGroup {
  return entity.id === 'alliance' ? 'alliance' : entity.kind;
}

/**
 * The overlay highlight that gives a kind of mention the reader's look, or null where the default
 * `npa-<id>` styling already is that look (or marks are off). Styled in entrypoints/highlights.content.css.
 */
export function overlayName(look: HighlightLook, group: KindGroup): string | null {
  if (look.style === 'off') return null;
  if (look.style === 'underline' && look.palette === 'standard') return null;
  return `kk-${look.style}-${look.palette}-${group}`;
}
