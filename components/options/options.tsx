import { useSignal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { KindGroup } from '../../content/engine/highlight-looks';
import {
  CHOICES,
  DEFAULT_SETTINGS,
  HOVER_DELAY,
  KIND_GROUPS,
  parseSettings,
  pauseKeyOf,
  type ChoiceSetting,
  type Settings,
} from '../../content/settings-schema';
import { browserUiLanguage, saveSettings } from '../../content/settings-store';
import { resolveLang } from '../../content/settings-schema';
import { t, type MessageKey } from '../i18n';
import { Shortcuts } from '../shortcuts';

/** A label for every choice of every setting: a choice added to settings-schema.ts without one does not compile. */
const CHOICE_LABELS: { [K in ChoiceSetting]: Record<Settings[K], MessageKey> } = {
  highlightStyle: { underline: 'optStyleUnderline', background: 'optStyleBackground', off: 'optStyleOff' },
  palette: { standard: 'optPaletteStandard', violet: 'optPaletteViolet', contrast: 'optPaletteContrast' },
  lang: { auto: 'optLangAuto', de: 'optLangDe', en: 'optLangEn' },
  copyFormat: { plain: 'copyPlain', markdown: 'copyMarkdown', html: 'copyHtml' },
};

const KIND_LABELS: Record<KindGroup, MessageKey> = {
  alliance: 'optKindAlliance',
  organisation: 'optKindOrganisation',
  person: 'optKindPerson',
};

/** Radio buttons for the choices of one setting, in the order settings-schema.ts lists them. */
function Choice<K extends ChoiceSetting>({
  setting,
  name,
  value,
  onChange,
  suffix,
}: {
  setting: K;
  /** The radio group's name (tests and forms find the inputs by it). */
  name: string;
  value: Settings[K];
  onChange: (v: Settings[K]) => void;
  /** Text after a choice's label („Wie der Browser (English)“). */
  suffix?: Partial<Record<Settings[K], string>>;
}) {
  const labels: Record<Settings[K], MessageKey> = CHOICE_LABELS[setting];
  const choices = CHOICES[setting] as unknown as readonly Settings[K][];
  return (
    <div class="choices">
      {choices.map((v) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {t(labels[v])}
          {suffix?.[v]}
        </label>
      ))}
    </div>
  );
}

function Field({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Host names only: what the pause list stores. */
const HOST = /^(?=.{1,253}$)(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

/**
 * The options page: every change is saved at once and applies live in open tabs. A change shows only once
 * stored: when the browser refuses the write (storage.sync allows 120 writes a minute), the page says so and
 * shows the stored settings again, and nothing else changes (open tabs follow storage, not this page).
 */
export function Options({ settings }: { settings: Signal<Settings> }) {
  const s = settings.value;
  const newSite = useSignal('');
  const error = useSignal('');
  const status = useSignal('');
  const saveError = useSignal('');
  /** The hover delay while the slider is dragged; stored on release (`change`), not on every `input`. */
  const draftDelay = useSignal<number | null>(null);
  const update = async (patch: Partial<Settings>) => {
    const before = settings.value;
    const next = parseSettings({ ...before, ...patch });
    try {
      await saveSettings(next);
      settings.value = next;
      saveError.value = '';
      status.value = t('optSaved');
    } catch {
      // A fresh object re-renders the inputs with the stored values (Preact compares `checked` and `value`
      // with the DOM), so a radio or slider the reader moved goes back.
      settings.value = { ...before };
      status.value = '';
      saveError.value = t('optSaveFailed');
    }
  };
  const addSite = (e: Event) => {
    e.preventDefault();
    const raw = newSite.value.trim().toLowerCase();
    let host = raw;
    try {
      if (raw.includes('/')) host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
    } catch {
      host = '';
    }
    if (!HOST.test(host)) {
      error.value = t('optInvalidSite');
      return;
    }
    error.value = '';
    newSite.value = '';
    const key = pauseKeyOf(host);
    void update({ pausedSites: [...s.pausedSites.filter((x) => x !== key), key] });
  };
  const delay = draftDelay.value ?? s.hoverDelay;
  const browserLang = resolveLang('auto', browserUiLanguage());

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <Field legend={t('optLook')}>
        <Choice
          setting="highlightStyle"
          name="style"
          value={s.highlightStyle}
          onChange={(highlightStyle) => void update({ highlightStyle })}
        />
      </Field>

      <Field legend={t('optPalette')}>
        <Choice setting="palette" name="palette" value={s.palette} onChange={(palette) => void update({ palette })} />
      </Field>

      <Field legend={t('optKinds')}>
        {KIND_GROUPS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={s.kinds[kind]}
              onChange={(e) =>
                void update({ kinds: { ...s.kinds, [kind]: (e.currentTarget as HTMLInputElement).checked } })
              }
            />
            {t(KIND_LABELS[kind])}
          </label>
        ))}
      </Field>

      <Field legend={t('optHoverDelay')}>
        <label class="range">
          <input
            type="range"
            name="hoverDelay"
            aria-label={t('optHoverDelay')}
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={HOVER_DELAY.step}
            value={delay}
            aria-valuetext={`${delay} ms`}
            onInput={(e) => (draftDelay.value = Number((e.currentTarget as HTMLInputElement).value))}
            onChange={(e) =>
              void update({ hoverDelay: Number((e.currentTarget as HTMLInputElement).value) }).finally(
                () => (draftDelay.value = null),
              )
            }
          />
          <output>{delay} ms</output>
        </label>
      </Field>

      <Field legend={t('optLanguage')}>
        <Choice
          setting="lang"
          name="lang"
          value={s.lang}
          onChange={(lang) => void update({ lang })}
          suffix={{ auto: ` (${t(browserLang === 'en' ? 'optLangEn' : 'optLangDe')})` }}
        />
      </Field>

      <Field legend={t('optCopyFormat')}>
        <Choice
          setting="copyFormat"
          name="copyFormat"
          value={s.copyFormat}
          onChange={(copyFormat) => void update({ copyFormat })}
        />
      </Field>

      <Field legend={t('optPausedSites')}>
        <label>
          <input
            type="checkbox"
            name="pausedEverywhere"
            checked={s.pausedEverywhere}
            onChange={(e) => void update({ pausedEverywhere: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('pauseEverywhere')}
        </label>
        <p class="muted">{t('optPausedSitesHint')}</p>
        {s.pausedSites.length === 0 ? (
          <p class="muted">{t('optNoPausedSites')}</p>
        ) : (
          <ul class="sites">
            {s.pausedSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`${t('optRemove')}: ${site}`}
                  onClick={() => void update({ pausedSites: s.pausedSites.filter((x) => x !== site) })}
                >
                  {t('optRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSite}>
          <input
            type="text"
            name="site"
            aria-label={t('optAddSite')}
            placeholder={t('optAddSitePlaceholder')}
            value={newSite.value}
            aria-invalid={error.value ? 'true' : undefined}
            aria-describedby={error.value ? 'site-error' : undefined}
            onInput={(e) => (newSite.value = (e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('optAddSite')}</button>
        </form>
        {error.value && (
          <p id="site-error" class="error" role="alert">
            {error.value}
          </p>
        )}
      </Field>

      <Field legend={t('shortcuts')}>
        <Shortcuts />
      </Field>

      <button type="button" class="reset" onClick={() => void update({ ...DEFAULT_SETTINGS })}>
        {t('optReset')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
      <p class="error save-error" role="alert" data-testid="save-error">
        {saveError.value}
      </p>
    </main>
  );
}
