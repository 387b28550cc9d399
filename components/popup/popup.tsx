import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { FiguresSection } from './figures-section';
import { LinksSection } from './links-section';
import { PageSection } from './page-section';
import { PartnersSection } from './partners-section';
import type { PopupState } from './popup-state';
import { SOURCE_LINE } from '../../content/attribution';

export function Popup({ state }: { state: PopupState }) {
  return (
    <main class="popup">
      <header class="popup-header">
        <div class="title-row">
          <h1>{t('popupTitle')}</h1>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('settings')}
          </button>
        </div>
        <p class="muted">{t('popupSubtitle')}</p>
      </header>
      <PageSection state={state} />
      <FiguresSection format={state.settings.value.copyFormat} />
      <PartnersSection state={state} />
      <LinksSection />
      <footer class="muted source">
        {t('source')}: {SOURCE_LINE}
      </footer>
    </main>
  );
}
