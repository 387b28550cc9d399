import { useSignal } from '@preact/signals';
import { clipboardData, formatFigure, type CopyFormat } from '../../content/attribution';
import { writeClipboard } from '../../content/clipboard';
import { FIGURES, SOURCE } from '../../content/dataset';
import { FigureItem } from '../figure-item';
import { t } from '../i18n';
import { Toast, type ToastMessage } from '../toast';

/** All key figures of the source, each copyable with attribution. */
export function FiguresSection({ format }: { format: CopyFormat }) {
  const toast = useSignal<ToastMessage | null>(null);
  const copy = (id: string) => {
    const figure = FIGURES.find((f) => f.id === id)!;
    void writeClipboard(document, clipboardData(formatFigure(figure), format)).then((ok) => {
      toast.value = ok ? { text: t('copied') } : { text: t('copyFailed'), error: true };
    });
  };
  return (
    <section class="section" aria-labelledby="figures">
      <h2 id="figures">
        {t('keyFigures')} <span class="muted">· {SOURCE.dateLabel}</span>
      </h2>
      <ul class="figures">
        {FIGURES.map((f) => (
          <FigureItem key={f.id} figure={f}>
            <button
              type="button"
              class="icon-button"
              data-npa-copy="figure"
              aria-label={`${t('copyFigure')}: ${f.value}`}
              onClick={() => copy(f.id)}
            >
              <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M5 1h8a2 2 0 0 1 2 2v8h-2V3H5V1Zm-2 4h8a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Zm0 2v6h8V7H3Z"
                />
              </svg>
            </button>
          </FigureItem>
        ))}
      </ul>
      <Toast message={toast} />
    </section>
  );
}
