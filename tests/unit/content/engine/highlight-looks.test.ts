import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../../content/dataset';
import {
  DEFAULT_LOOK,
  kindGroup,
  overlayName,
  type HighlightLook,
} from '../../../../content/engine/highlight-looks';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_PALETTES,
  HIGHLIGHT_STYLES,
  KIND_GROUPS,
} from '../../../../content/settings-schema';

const CSS = readFileSync(join(import.meta.dirname, '../../../../entrypoints/highlights.content.css'), 'utf8');
/** The highlight names the style sheet gives a rule. */
const STYLED = new Set([...CSS.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]));

const LOOKS: HighlightLook[] = HIGHLIGHT_STYLES.flatMap((style) =>
  HIGHLIGHT_PALETTES.map((palette) => ({ style, palette })),
);

describe('highlight looks', () => {
  it('defaults to the calm underline in the standard palette, the settings’ default, and cannot be changed', () => {
    expect(DEFAULT_LOOK).toEqual({ style: 'underline', palette: 'standard' });
    expect(DEFAULT_LOOK).toEqual({ style: DEFAULT_SETTINGS.highlightStyle, palette: DEFAULT_SETTINGS.palette });
    expect(Object.isFrozen(DEFAULT_LOOK)).toBe(true);
    expect(() => {
      (DEFAULT_LOOK as HighlightLook).style = 'off';
    }).toThrow();
  });

  it('groups the alliance apart from the other organisations, and people as people', () => {
    for (const e of ENTITIES) {
      expect(kindGroup(e), e.id).toBe(e.id === 'alliance' ? 'alliance' : e.kind);
    }
    expect(new Set(ENTITIES.map(kindGroup))).toEqual(new Set(KIND_GROUPS));
    expect(kindGroup({ id: 'alliance', kind: 'organisation' })).toBe('alliance');
    expect(kindGroup({ id: 'nlt', kind: 'organisation' })).toBe('organisation');
    expect(kindGroup({ id: 'stephan-weil', kind: 'person' })).toBe('person');
  });

  it.each(KIND_GROUPS)('needs no overlay for %s in the default look or when marks are off', (group) => {
    expect(overlayName(DEFAULT_LOOK, group)).toBeNull();
    for (const palette of HIGHLIGHT_PALETTES) expect(overlayName({ style: 'off', palette }, group)).toBeNull();
  });

  it.each<[HighlightLook, string, string]>([
    [{ style: 'background', palette: 'standard' }, 'person', 'kk-background-standard-person'],
    [{ style: 'underline', palette: 'violet' }, 'alliance', 'kk-underline-violet-alliance'],
    [{ style: 'background', palette: 'contrast' }, 'organisation', 'kk-background-contrast-organisation'],
  ])('names the overlay of %j for %s %s', (look, group, name) => {
    expect(overlayName(look, group as 'person')).toBe(name);
  });

  it('gives every other look and kind its own overlay, each styled in highlights.content.css', () => {
    const names: string[] = [];
    for (const look of LOOKS) {
      for (const group of KIND_GROUPS) {
        const name = overlayName(look, group);
        const needsNone = look.style === 'off' || (look.style === 'underline' && look.palette === 'standard');
        if (needsNone) {
          expect(name, `${look.style}/${look.palette}/${group}`).toBeNull();
          continue;
        }
        expect(name, `${look.style}/${look.palette}/${group}`).not.toBeNull();
        names.push(name!);
      }
    }
    // underline: 2 palettes, background: 3 palettes; three kinds each.
    expect(names).toHaveLength((2 + 3) * 3);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !STYLED.has(n))).toEqual([]);
  });

  it('leaves the default look to the npa-<entity> rules, which the style sheet has for every entity', () => {
    const missing = ENTITIES.map((e) => `npa-${e.id}`).filter((n) => !STYLED.has(n));
    expect(missing).toEqual([]);
  });
});
