import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../content/settings-schema';

/** The store module afresh: its storage item is defined on first use, as in a new page or worker. */
const freshStore = async () => {
  vi.resetModules();
  return import('../../../content/settings-store');
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings in storage', () => {
  it('turns the „de“ every version-1 save wrote into „auto“: the language follows the browser until chosen', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, lang: 'de' }, settings$: { v: 1 } });
    const { loadSettings } = await freshStore();
    expect((await loadSettings()).lang).toBe('auto');
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('keeps a language chosen in version 2, and English chosen in version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { lang: 'en' }, settings$: { v: 1 } });
    expect((await (await freshStore()).loadSettings()).lang).toBe('en');
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { lang: 'de' }, settings$: { v: 2 } });
    expect((await (await freshStore()).loadSettings()).lang).toBe('de');
  });

  it('rejects when the browser refuses the write, and the stored settings stay as they were', async () => {
    const { loadSettings, saveSettings } = await freshStore();
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelay: 500 });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    await expect(saveSettings({ ...DEFAULT_SETTINGS, hoverDelay: 900 })).rejects.toThrow(/quota/);
    expect((await loadSettings()).hoverDelay).toBe(500);
  });

  it('resolves the UI language: the reader’s choice, else the browser’s', async () => {
    const { uiLang } = await freshStore();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect(uiLang(DEFAULT_SETTINGS)).toBe('en');
    expect(uiLang({ ...DEFAULT_SETTINGS, lang: 'de' })).toBe('de');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('pl');
    expect(uiLang(DEFAULT_SETTINGS)).toBe('de');
  });
});
