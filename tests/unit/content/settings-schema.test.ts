import { describe, expect, it } from 'vitest';
import {
  CHOICES,
  DEFAULT_SETTINGS,
  isPaused,
  KIND_GROUPS,
  parseSettings,
  siteOf,
  withPause,
  type ChoiceSetting,
} from '../../../content/settings-schema';

describe('settings parsing', () => {
  it('falls back to defaults for garbage', () => {
    for (const garbage of [undefined, null, 42, 'x', [], { kinds: 'all' }])
      expect(parseSettings(garbage)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the broken ones', () => {
    const parsed = parseSettings({
      highlightStyle: 'background',
      palette: 'neon',
      hoverDelay: 'slow',
      kinds: { alliance: false, organisation: 'yes' },
      pausedSites: ['example.org', 7, '', 'example.org'],
      lang: 'en',
      copyFormat: 'pdf',
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'background',
      kinds: { alliance: false, organisation: true, person: true },
      pausedSites: ['example.org'],
      lang: 'en',
    });
  });

  it('accepts every declared choice and nothing else', () => {
    for (const setting of Object.keys(CHOICES) as ChoiceSetting[]) {
      expect(CHOICES[setting]).toContain(DEFAULT_SETTINGS[setting]);
      for (const value of CHOICES[setting]) expect(parseSettings({ [setting]: value })[setting]).toBe(value);
      expect(parseSettings({ [setting]: 'none of these' })[setting]).toBe(DEFAULT_SETTINGS[setting]);
    }
    expect(Object.keys(DEFAULT_SETTINGS.kinds)).toEqual([...KIND_GROUPS]);
  });

  it('clamps the hover delay to a usable range', () => {
    expect(parseSettings({ hoverDelay: 0 }).hoverDelay).toBe(100);
    expect(parseSettings({ hoverDelay: 99999 }).hoverDelay).toBe(1500);
    expect(parseSettings({ hoverDelay: Number.NaN }).hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
  });

  it('pauses per host name', () => {
    expect(siteOf('https://www.ndr.de/nachrichten?x=1')).toBe('www.ndr.de');
    expect(siteOf('chrome://extensions')).toBeNull();
    const paused = withPause(DEFAULT_SETTINGS, 'www.ndr.de', true);
    expect(isPaused(paused, 'https://www.ndr.de/a')).toBe(true);
    expect(isPaused(paused, 'https://ndr.de/a')).toBe(false);
    expect(withPause(paused, 'www.ndr.de', false).pausedSites).toEqual([]);
  });
});
