import { useSignal } from '@preact/signals';
import type { CopyFormat } from '../content/attribution';
import type { Statement } from '../content/dataset';
import { CopyButtons } from './copy-buttons';
import { lang, t } from './i18n';

/** Quotes longer than this fold to a teaser with „mehr“. */
const FOLD_AT = 260;

function teaser(text: string): string {
  const cut = text.lastIndexOf(' ', FOLD_AT);
  return `${text.slice(0, cut > 0 ? cut : FOLD_AT)} …`;
}

export function Quote({ statement, onCopy }: { statement: Statement; onCopy: (s: Statement, f: CopyFormat) => void }) {
  const open = useSignal(statement.text.length <= FOLD_AT);
  const long = statement.text.length > FOLD_AT;
  return (
    <figure class="quote">
      <blockquote lang="de" data-statement={statement.id}>
        {open.value ? statement.text : teaser(statement.text)}
      </blockquote>
      {lang.value === 'en' && <p class="note">{t('germanOriginal')}</p>}
      <div class="quote-actions">
        {long && (
          <button type="button" class="fold" aria-expanded={open.value} onClick={() => (open.value = !open.value)}>
            {open.value ? t('less') : t('more')}
          </button>
        )}
        <CopyButtons label={statement.attribution} onCopy={(f) => onCopy(statement, f)} />
      </div>
    </figure>
  );
}
