import { entityById, type EntityId } from '../../content/dataset';
import { pauseKeyOf, siteOf } from '../../content/settings-schema';
import { reportError } from '../../content/error-boundary';
import { t } from '../i18n';
import { reloadTab, revealOnPage, setPaused, setPausedEverywhere } from './popup-actions';
import type { PopupState } from './popup-state';

/** Compact label for a chip: the abbreviation where one is established. */
function shortName(id: string): string {
  const e = entityById(id);
  if (!e) return id;
  return e.kind === 'organisation' && e.short ? e.short : e.name;
}

/** „Überall pausieren“: shown whatever the page is, since it applies to every page. */
function EverywhereToggle({ state }: { state: PopupState }) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        name="pausedEverywhere"
        checked={state.settings.value.pausedEverywhere}
        onChange={(e) =>
          void setPausedEverywhere(state, (e.currentTarget as HTMLInputElement).checked).catch(reportError)
        }
      />
      <span>{t('pauseEverywhere')}</span>
    </label>
  );
}

/** What the extension found on the page the popup describes, with the pause toggles. */
export function PageSection({ state }: { state: PopupState }) {
  const page = state.page.value;
  const everywhere = state.settings.value.pausedEverywhere;
  const host = page.kind === 'ready' ? siteOf(page.mentions.url) : null;
  return (
    <section class="section" aria-labelledby="on-page">
      <h2 id="on-page">{t('onThisPage')}</h2>
      {page.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {page.kind === 'unavailable' && (
        <p class="empty" data-state="unavailable">
          {t('unavailable')}
        </p>
      )}
      {page.kind === 'reload' && (
        <div class="empty" data-state="reload">
          <p>{t('reloadNeeded')}</p>
          <button type="button" class="primary-button" onClick={() => void reloadTab(state).catch(reportError)}>
            {t('reloadPage')}
          </button>
        </div>
      )}
      {page.kind === 'ready' && (
        <>
          <label class="toggle">
            <input
              type="checkbox"
              name="pausedHere"
              checked={page.mentions.paused}
              // Paused everywhere: that toggle below is the one to undo it.
              disabled={!host || everywhere}
              onChange={(e) => void setPaused(state, (e.currentTarget as HTMLInputElement).checked).catch(reportError)}
            />
            <span>
              {t('pauseSite')} <span class="muted">({host ? pauseKeyOf(host) : '–'})</span>
            </span>
          </label>
          {page.mentions.paused ? (
            <p class="empty" data-state="paused">
              {everywhere ? t('pausedEverywhere') : t('pausedHere')}
            </p>
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
      {page.kind !== 'ready' && everywhere && (
        <p class="empty" data-state="paused">
          {t('pausedEverywhere')}
        </p>
      )}
      <EverywhereToggle state={state} />
    </section>
  );
}
