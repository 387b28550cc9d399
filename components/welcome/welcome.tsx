import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reportError } from '../../content/error-boundary';
import { t } from '../i18n';
import { Shortcuts } from '../shortcuts';
import { SAMPLE_ARTICLE } from './sample-article';

/**
 * The page that opens once, on install: what the extension does and does not (one sentence), a sample
 * article the real engine marks (sample-marks.ts) so a card can be opened at once, the keyboard shortcuts as
 * the browser reports them, and the way to the settings. None of its own text is a mention: only the sample
 * is marked (a unit test checks the strings).
 */
export function Welcome() {
  const title = t('welcomeTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main class="welcome">
      <h1>{title}</h1>
      <p class="lead" data-testid="what">
        {t('welcomeWhat')}
      </p>

      <section aria-labelledby="try">
        <h2 id="try">{t('welcomeTry')}</h2>
        <p class="muted">{t('welcomeTryHint')}</p>
        <figure class="sample">
          <figcaption class="muted">{t('welcomeSample')}</figcaption>
          <article lang="de" data-testid="sample">
            <h3>{SAMPLE_ARTICLE.heading}</h3>
            {SAMPLE_ARTICLE.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </article>
        </figure>
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">{t('shortcuts')}</h2>
        <Shortcuts />
      </section>

      <p class="actions">
        <button
          type="button"
          class="primary-button"
          data-testid="open-settings"
          onClick={() => void browser.runtime.openOptionsPage().catch(reportError)}
        >
          {t('welcomeSettings')}
        </button>
      </p>
      <p class="muted">{t('welcomeReload')}</p>
    </main>
  );
}
