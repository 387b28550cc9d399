import { signal } from '@preact/signals';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lang } from '../../../components/i18n';
import { followSettings } from '../../../components/settings-binding';
import { DEFAULT_SETTINGS } from '../../../content/settings-schema';
import { saveSettings } from '../../../content/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  lang.value = 'de';
});

describe('following the settings (popup, options)', () => {
  it('takes the stored settings and follows every change, the UI language too, until told to stop', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'en', hoverDelay: 500 });
    const settings = signal({ ...DEFAULT_SETTINGS });
    const unfollow = await followSettings(settings);
    expect(settings.value).toMatchObject({ lang: 'en', hoverDelay: 500 });
    expect(lang.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'de' });
    expect(settings.value.lang).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    unfollow();
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'en' });
    expect(settings.value.lang).toBe('de');
    expect(lang.value).toBe('de');
  });

  it('follows the browser’s language until the reader chooses one (issue 15)', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const settings = signal({ ...DEFAULT_SETTINGS });
    const unfollow = await followSettings(settings);
    expect(settings.value.lang).toBe('auto');
    expect(lang.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'de' });
    expect(lang.value).toBe('de');
    unfollow();
  });
});
