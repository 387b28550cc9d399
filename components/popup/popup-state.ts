import { computed, signal } from '@preact/signals';
import { searchEntities } from '../../content/dataset-search';
import type { PageMentions } from '../../content/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../content/settings-schema';

/**
 * What the popup knows about the page: still asking, no extension may run there, open since before the
 * install (a reload brings the content script), or the page's answer.
 */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'reload'; tabId: number }
  | { kind: 'ready'; tabId: number; mentions: PageMentions };

/** The popup's state, created fresh per popup (and per test). Actions live in popup-actions.ts. */
export function createPopupState() {
  const query = signal('');
  const page = signal<PageState>({ kind: 'loading' });
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const results = computed(() => searchEntities(query.value));
  return { query, page, settings, results };
}

export type PopupState = ReturnType<typeof createPopupState>;
