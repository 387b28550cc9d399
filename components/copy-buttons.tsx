import type { CopyFormat } from '../content/attribution';
import { t } from './i18n';

/** The three copy actions of a quote or figure; each writes text/plain and text/html together. */
export function CopyButtons({ onCopy, label }: { onCopy: (format: CopyFormat) => void; label: string }) {
  return (
    <div class="copy" role="group" aria-label={`${t('copyAs')}: ${label}`}>
      <button type="button" class="copy-main" data-npa-copy="plain" onClick={() => onCopy('plain')}>
        {t('copy')}
      </button>
      <button
        type="button"
        data-npa-copy="markdown"
        onClick={() => onCopy('markdown')}
        aria-label={`${t('copyAs')} ${t('copyMarkdown')}`}
      >
        {t('copyMarkdown')}
      </button>
      <button
        type="button"
        data-npa-copy="html"
        onClick={() => onCopy('html')}
        aria-label={`${t('copyAs')} ${t('copyHtml')}`}
      >
        {t('copyHtml')}
      </button>
    </div>
  );
}
