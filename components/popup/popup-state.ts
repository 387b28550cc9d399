import { computed, signal } from '@preact/signals';
import { searchEntities } from '../../content/dataset-search';
import type { PageMentions } from '../../content/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../content/settings-schema';

export type PageState =
  { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; mentions: PageMentions };

/** The popup's state, created fresh per popup (and per test). Actions live in popup-actions.ts. */
export function createPopupState() {
  const query = signal('');
  const page = signal<PageState>({ kind: 'loading' });
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const results = computed(() => searchEntities(query.value));
  return { query, page, settings, results };
}

export type PopupState = ReturnType<typeof createPopupState>;
