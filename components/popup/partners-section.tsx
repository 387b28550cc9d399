import { useSignal } from '@preact/signals';
import { STATEMENTS, type Entity } from '../../content/dataset';
import { EntityHeader } from '../entity-header';
import { t } from '../i18n';
import type { PopupState } from './popup-state';

function PartnerEntry({ entity }: { entity: Entity }) {
  const open = useSignal(false);
  const statements = STATEMENTS.filter(
    (s) => s.speaker === entity.id || (entity.kind === 'organisation' && s.organisation === entity.id && !s.speaker),
  );
  return (
    <li class="partner" data-entity={entity.id}>
      <EntityHeader entity={entity} headingId={`partner-${entity.id}`} level={3} />
      {statements.length > 0 && (
        <>
          <button type="button" class="fold" aria-expanded={open.value} onClick={() => (open.value = !open.value)}>
            {open.value ? t('less') : `${t('statements')} (${statements.length})`}
          </button>
          {open.value &&
            statements.map((s) => (
              <blockquote key={s.id} lang="de">
                {s.text}
              </blockquote>
            ))}
        </>
      )}
    </li>
  );
}

/** Every organisation and representative, searchable German-aware („madge“ finds Mädge). */
export function PartnersSection({ state }: { state: PopupState }) {
  const results = state.results.value;
  return (
    <section class="section" aria-labelledby="partners">
      <h2 id="partners">{t('partners')}</h2>
      <input
        type="search"
        class="search"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={state.query.value}
        onInput={(e) => (state.query.value = (e.currentTarget as HTMLInputElement).value)}
      />
      <p class="muted" aria-live="polite">
        {results.length} {t('results')}
      </p>
      {results.length === 0 ? (
        <p class="empty">{t('noResults')}</p>
      ) : (
        <ul class="partners">
          {results.map((e) => (
            <PartnerEntry key={e.id} entity={e} />
          ))}
        </ul>
      )}
    </section>
  );
}
