import { COPY_FORMATS, type CopyFormat } from '../content/attribution';
import { t, type MessageKey } from './i18n';

/** Plain text is the main action („Zitat kopieren“); Markdown and HTML sit beside it. */
const LABELS: Record<CopyFormat, MessageKey> = { plain: 'copy', markdown: 'copyMarkdown', html: 'copyHtml' };

/** The three copy actions of a quote; each writes text/plain and text/html together. */
export function CopyButtons({ onCopy, label }: { onCopy: (format: CopyFormat) => void; label: string }) {
  return (
    <div class="copy" role="group" aria-label={`${t('copyAs')}: ${label}`}>
      {COPY_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          class={format === 'plain' ? 'copy-main' : undefined}
          data-npa-copy={format}
          aria-label={format === 'plain' ? undefined : `${t('copyAs')} ${t(LABELS[format])}`}
          onClick={() => onCopy(format)}
        >
          {t(LABELS[format])}
        </button>
      ))}
    </div>
  );
}
