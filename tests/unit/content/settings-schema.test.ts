import { describe, expect, it } from 'vitest';
import {
  CHOICES,
  DEFAULT_SETTINGS,
  isPaused,
  KIND_GROUPS,
  parseSettings,
  pauseKeyOf,
  pausesCovering,
  resolveLang,
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

  it('pauses a site with its subdomains (issue 15)', () => {
    expect(siteOf('https://www.ndr.de/nachrichten?x=1')).toBe('www.ndr.de');
    expect(siteOf('chrome://extensions')).toBeNull();
    const haz = withPause(DEFAULT_SETTINGS, 'haz.de', true);
    expect(haz.pausedSites).toEqual(['haz.de']);
    for (const url of ['https://haz.de/', 'https://www.haz.de/a', 'http://m.haz.de/b', 'https://WWW.HAZ.DE./c'])
      expect(isPaused(haz, url), url).toBe(true);
    for (const url of ['https://nhaz.de/', 'https://haz.de.example.org/', 'https://ndr.de/', 'chrome://newtab'])
      expect(isPaused(haz, url), url).toBe(false);
  });

  it('pausing on www.… stores the site without „www.“, so the bare domain and its other subdomains pause too', () => {
    const paused = withPause(DEFAULT_SETTINGS, 'www.ndr.de', true);
    expect(paused.pausedSites).toEqual(['ndr.de']);
    expect(isPaused(paused, 'https://ndr.de/a')).toBe(true);
    expect(isPaused(paused, 'https://sport.ndr.de/a')).toBe(true);
    expect(pauseKeyOf('www.example.co.uk')).toBe('example.co.uk');
    expect(pauseKeyOf('www.localhost')).toBe('www.localhost'); // never down to a single label
    expect(pauseKeyOf('m.haz.de')).toBe('m.haz.de');
    expect(isPaused(withPause(DEFAULT_SETTINGS, 'm.haz.de', true), 'https://www.haz.de/')).toBe(false);
  });

  it('resuming on a page removes every entry that covers it, and pausing everywhere', () => {
    const both = { ...DEFAULT_SETTINGS, pausedSites: ['haz.de', 'www.haz.de', 'ndr.de'], pausedEverywhere: true };
    const resumed = withPause(both, 'www.haz.de', false);
    expect(resumed.pausedSites).toEqual(['ndr.de']);
    expect(resumed.pausedEverywhere).toBe(false);
    expect(isPaused(resumed, 'https://www.haz.de/')).toBe(false);
    expect(pausesCovering(both, 'm.haz.de')).toEqual(['haz.de']);
  });

  it('pauses everywhere on web pages with „Überall pausieren“, whatever the list says', () => {
    const everywhere = { ...DEFAULT_SETTINGS, pausedEverywhere: true };
    expect(isPaused(everywhere, 'https://example.org/')).toBe(true);
    expect(isPaused(everywhere, 'chrome-extension://abc/welcome.html')).toBe(false);
    expect(parseSettings({ pausedEverywhere: 'yes' }).pausedEverywhere).toBe(false);
    expect(parseSettings({ pausedEverywhere: true }).pausedEverywhere).toBe(true);
  });
});

describe('the UI language (issue 15)', () => {
  it('follows the browser until the reader chooses: English for English, German for every other language', () => {
    expect(DEFAULT_SETTINGS.lang).toBe('auto');
    expect(resolveLang('auto', 'en')).toBe('en');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'en_GB')).toBe('en');
    expect(resolveLang('auto', 'de')).toBe('de');
    expect(resolveLang('auto', 'de-AT')).toBe('de');
    for (const other of ['fr', 'tr', 'ar', 'uk-UA', 'eng', 'zh-Hans-CN', '', undefined])
      expect(resolveLang('auto', other), String(other)).toBe('de');
  });

  it('keeps the reader’s choice whatever the browser’s language', () => {
    expect(resolveLang('de', 'en-US')).toBe('de');
    expect(resolveLang('en', 'de-DE')).toBe('en');
    expect(parseSettings({ lang: 'en' }).lang).toBe('en');
    expect(parseSettings({ lang: 'fr' }).lang).toBe('auto');
  });
});
