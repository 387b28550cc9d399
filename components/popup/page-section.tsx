import { entityById, type EntityId } from '../../content/dataset';
import { siteOf } from '../../content/settings-schema';
import { t } from '../i18n';
import { revealOnPage, setPaused } from './popup-actions';
import type { PopupState } from './popup-state';

/** Compact label for a chip: the abbreviation where one is established. */
function shortName(id: string): string {
  const e = entityById(id);
  if (!e) return id;
  return e.kind === 'organisation' && e.short ? e.short : e.name;
}

/** What the extension found on the page the popup describes, with the pause toggle for its site. */
export function PageSection({ state }: { state: PopupState }) {
  const page = state.page.value;
  return (
    <section class="section" aria-labelledby="on-page">
      <h2 id="on-page">{t('onThisPage')}</h2>
      {page.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {page.kind === 'unavailable' && (
        <p class="empty" data-state="unavailable">
          {t('unavailable')}
        </p>
      )}
      {page.kind === 'ready' && (
        <>
          <label class="toggle">
            <input
              type="checkbox"
              checked={page.mentions.paused}
              disabled={!siteOf(page.mentions.url)}
              onChange={(e) => void setPaused(state, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              {t('pauseSite')} <span class="muted">({siteOf(page.mentions.url) ?? '–'})</span>
            </span>
          </label>
          {page.mentions.paused ? (
            <p class="empty">{t('pausedHere')}</p>
          ) : page.mentions.counts.length === 0 ? (
            <p class="empty" data-state="empty">
              {t('noMentions')}
            </p>
          ) : (
            <ul class="on-page" data-testid="on-page">
              {page.mentions.counts.map(({ entity, count }) => (
                <li key={entity}>
                  <button
                    type="button"
                    class="row-button"
                    data-entity={entity}
                    title={t('showNext')}
                    onClick={() => void revealOnPage(state, entity as EntityId)}
                  >
                    <span class="row-name">{shortName(entity)}</span>
                    <span class="count" aria-label={`${count} ${t('mentionsCount')}`}>
                      {count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
