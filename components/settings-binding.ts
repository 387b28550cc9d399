import type { Signal } from '@preact/signals';
import type { Settings } from '../content/settings-schema';
import { loadSettings, uiLang, watchSettings } from '../content/settings-store';
import { lang } from './i18n';

/**
 * Keeps `target` equal to the stored settings, and the UI language (and the document's `lang`, for screen
 * readers) following the reader's choice, or the browser's language until they choose, in the popup, the
 * options and the welcome page alike. Resolves once the
 * stored settings are in, with the function that stops following them.
 */
export async function followSettings(target: Signal<Settings>, doc: Document = document): Promise<() => void> {
  const follow = (s: Settings) => {
    target.value = s;
    lang.value = uiLang(s);
    doc.documentElement.lang = lang.value;
  };
  follow(await loadSettings());
  return watchSettings(follow);
}
