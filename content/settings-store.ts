import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, resolveLang, type Lang, type Settings } from './settings-schema';

let item: ReturnType<typeof defineSettingsItem> | undefined;

/**
 * The one storage item for settings (storage.sync, so they follow the reader across devices).
 * Reads go through parseSettings, so garbage in storage can never break the extension.
 * Defined on first use: WXT reads storage as soon as an item is defined (to initialise it), and most
 * page loads never need the settings (see content/candidate-watch.ts).
 */
function settingsItem() {
  return (item ??= defineSettingsItem());
}

/**
 * Version 2 (issue 15): the language follows the browser until the reader chooses. Version 1 stored „de“
 * for everyone who saved any setting, chosen or not, so a stored „de“ becomes „auto“ (for a German browser
 * nothing changes).
 */
function toVersion2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const value = old as Record<string, unknown>;
  return value.lang === 'de' ? { ...value, lang: 'auto' } : value;
}

function defineSettingsItem() {
  return storage.defineItem<Settings>('sync:settings', {
    fallback: DEFAULT_SETTINGS as Settings,
    version: 2,
    migrations: { 2: toVersion2 },
  });
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch {
    return parseSettings(undefined);
  }
}

/**
 * Stores the settings. Rejects when the browser refuses the write (storage.sync allows 120 writes a minute
 * and 8 KB per item in Chrome): the caller shows that and keeps the stored settings as they were.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(parseSettings(settings));
}

/** Calls `onChange` with parsed settings whenever they change (in any tab or extension page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(parseSettings(value)));
}

/** The browser's UI language („de“, „en-US“), or undefined where the browser does not say. */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The language the extension's own text is shown in under `settings` (their choice, else the browser's). */
export function uiLang(settings: Settings): Lang {
  return resolveLang(settings.lang, browserUiLanguage());
}
