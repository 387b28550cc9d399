import type { Entity } from '../dataset';

export type HighlightStyle = 'underline' | 'background' | 'off';
export type HighlightPalette = 'standard' | 'violet' | 'contrast';
export type KindGroup = 'alliance' | 'organisation' | 'person';

export interface HighlightLook {
  style: HighlightStyle;
  palette: HighlightPalette;
}

export const DEFAULT_LOOK: Readonly<HighlightLook> = Object.freeze({ style: 'underline', palette: 'standard' });

export const PALETTES: readonly HighlightPalette[] = ['standard', 'violet', 'contrast'];

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
