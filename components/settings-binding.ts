import type { Signal } from '@preact/signals';
import type { Settings } from '../content/settings-schema';
import { loadSettings, watchSettings } from '../content/settings-store';
import { lang } from './i18n';

/**
 * Keeps `target` equal to the stored settings, and the UI language (and the document's `lang`, for screen
 * readers) following the reader's choice, in the popup and the options page alike. Resolves once the
 * stored settings are in, with the function that stops following them.
 */
export async function followSettings(target: Signal<Settings>, doc: Document = document): Promise<() => void> {
  const follow = (s: Settings) => {
    target.value = s;
    lang.value = s.lang;
    doc.documentElement.lang = s.lang;
  };
  follow(await loadSettings());
  return watchSettings(follow);
}
