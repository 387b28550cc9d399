import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

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

function defineSettingsItem() {
  return storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS as Settings, version: 1 });
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(parseSettings(settings));
}

/** Calls `onChange` with parsed settings whenever they change (in any tab or extension page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(parseSettings(value)));
}
