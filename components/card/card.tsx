import { useSignal, type Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { CopyFormat } from '../../content/attribution';
import { SOURCE_LINE } from '../../content/attribution';
import { ALLIANCE_URL, MOTTO, entityById, type EntityId, type Statement } from '../../content/dataset';
import { EntityHeader } from '../entity-header';
import { FigureItem } from '../figure-item';
import { t } from '../i18n';
import { Quote } from '../quote';
import { Toast, type ToastMessage } from '../toast';
import { factsFor } from './entity-facts';

/** „Falsche Markierung melden“: the report's text for a preview, and copying it (from the click). */
export interface ReportActions {
  text(includeAddress: boolean): string;
  copy(text: string): void;
}

export interface CardProps {
  entityId: EntityId;
  toast: Signal<ToastMessage | null>;
  onNavigate(id: EntityId): void;
  onClose(): void;
  onCopy(statement: Statement, format: CopyFormat): void;
  report: ReportActions;
}

/**
 * The report of a wrong mark: what will be copied, shown in full, and the box that adds the page's address
 * (off unless ticked). Offline: copying is all it does.
 */
function ReportPanel({ report }: { report: ReportActions }) {
  const includeAddress = useSignal(false);
  const panel = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on what they asked for.
  useEffect(() => panel.current?.focus({ preventScroll: true }), []);
  const text = report.text(includeAddress.value);
  return (
    <section class="report" aria-labelledby="npa-report-title" data-npa-report="" tabIndex={-1} ref={panel}>
      <h3 id="npa-report-title">{t('reportWrong')}</h3>
      <p class="note">{t('reportIntro')}</p>
      <pre class="report-text" tabIndex={0} aria-label={t('reportWrong')}>
        {text}
      </pre>
      <label class="report-address">
        <input
          type="checkbox"
          data-npa-report-address=""
          checked={includeAddress.value}
          onChange={(e) => (includeAddress.value = (e.currentTarget as HTMLInputElement).checked)}
        />
        {t('reportIncludeAddress')}
      </label>
      <button type="button" class="report-copy" data-npa-report-copy="" onClick={() => report.copy(text)}>
        {t('reportCopy')}
      </button>
    </section>
  );
}

/** The card's menu: a disclosure button with its actions (one for now: report a wrong mark). */
function CardMenu({ onReport }: { onReport(): void }) {
  const open = useSignal(false);
  return (
    <div class="menu">
      <button
        type="button"
        class="menu-button"
        aria-expanded={open.value ? 'true' : 'false'}
        aria-controls="npa-card-menu"
        aria-label={t('cardMenu')}
        title={t('cardMenu')}
        data-npa-menu=""
        onClick={() => (open.value = !open.value)}
      >
        ⋯
      </button>
      <ul id="npa-card-menu" class="menu-items" hidden={!open.value}>
        <li>
          <button
            type="button"
            data-npa-report-open=""
            onClick={() => {
              open.value = false;
              onReport();
            }}
          >
            {t('reportWrong')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** The context card. All data is rendered as text, never as HTML. */
export function Card({ entityId, toast, onNavigate, onClose, onCopy, report }: CardProps) {
  const reporting = useSignal(false);
  // Another entity (a chip was followed): its card starts without the report.
  useEffect(() => {
    reporting.value = false;
  }, [entityId]);
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
      <CardMenu onReport={() => (reporting.value = true)} />
      <EntityHeader entity={entity} headingId={headingId} />
      {reporting.value && <ReportPanel report={report} />}

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
