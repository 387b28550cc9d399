import type { Signal } from '@preact/signals';
import type { CopyFormat } from '../../content/attribution';
import { SOURCE_LINE } from '../../content/attribution';
import { ALLIANCE_URL, MOTTO, entityById, type EntityId, type Statement } from '../../content/dataset';
import { EntityHeader } from '../entity-header';
import { FigureItem } from '../figure-item';
import { t } from '../i18n';
import { Quote } from '../quote';
import { Toast, type ToastMessage } from '../toast';
import { factsFor } from './entity-facts';

export interface CardProps {
  entityId: EntityId;
  toast: Signal<ToastMessage | null>;
  onNavigate(id: EntityId): void;
  onClose(): void;
  onCopy(statement: Statement, format: CopyFormat): void;
}

/** The context card. All data is rendered as text, never as HTML. */
export function Card({ entityId, toast, onNavigate, onClose, onCopy }: CardProps) {
  const entity = entityById(entityId);
  if (!entity) return null;
  const facts = factsFor(entity, entityById);
  const headingId = `npa-card-title-${entity.id}`;
  return (
    <section
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-npa-card=""
      data-entity={entity.id}
    >
      <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={onClose}>
        ×
      </button>
      <EntityHeader entity={entity} headingId={headingId} />

      {entity.id === 'alliance' && (
        <div class="alliance">
          <p>{t('founded')}</p>
          <p>{t('supporters')}</p>
          <p>
            {t('motto')}: <strong>„{MOTTO}“</strong>
          </p>
          <p>
            <a href={ALLIANCE_URL} target="_blank" rel="noopener noreferrer">
              {t('website')}
            </a>
          </p>
        </div>
      )}

      {facts.related.length > 0 && (
        <nav class="related" aria-label={entity.kind === 'person' ? t('speaksFor') : t('representedBy')}>
          <span class="related-label">{entity.kind === 'person' ? t('speaksFor') : t('representedBy')}:</span>
          {facts.related.map((r) => (
            <button type="button" class="chip" key={r.id} data-related={r.id} onClick={() => onNavigate(r.id)}>
              {r.name}
            </button>
          ))}
        </nav>
      )}

      {facts.statements.length > 0 && (
        <section class="statements">
          <h3>{t('statements')}</h3>
          {facts.statements.map((s) => (
            <Quote key={s.id} statement={s} onCopy={onCopy} />
          ))}
        </section>
      )}

      {facts.figures.length > 0 && (
        <section class="figures">
          <h3>{t('figures')}</h3>
          <ul>
            {facts.figures.map((f) => (
              <FigureItem key={f.id} figure={f} />
            ))}
          </ul>
        </section>
      )}

      <p class="source">
        {t('source')}: {SOURCE_LINE}
      </p>
      <Toast message={toast} />
    </section>
  );
}
