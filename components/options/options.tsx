import { useSignal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../content/settings-schema';
import { saveSettings } from '../../content/settings-store';
import { t, type MessageKey } from '../i18n';

function Choice<T extends string>({
  name,
  value,
  options,
  onChange,
}: {
  name: string;
  value: T;
  options: [T, MessageKey][];
  onChange: (v: T) => void;
}) {
  return (
    <div class="choices">
      {options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {t(label)}
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

/** The options page: every change is saved at once and applies live in open tabs. */
export function Options({ settings }: { settings: Signal<Settings> }) {
  const s = settings.value;
  const newSite = useSignal('');
  const error = useSignal('');
  const status = useSignal('');
  const update = (patch: Partial<Settings>) => {
    const next = parseSettings({ ...settings.value, ...patch });
    settings.value = next;
    void saveSettings(next).then(() => (status.value = t('optSaved')));
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
    update({ pausedSites: [...s.pausedSites.filter((x) => x !== host), host] });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <Field legend={t('optLook')}>
        <Choice
          name="style"
          value={s.highlightStyle}
          options={[
            ['underline', 'optStyleUnderline'],
            ['background', 'optStyleBackground'],
            ['off', 'optStyleOff'],
          ]}
          onChange={(highlightStyle) => update({ highlightStyle })}
        />
      </Field>

      <Field legend={t('optPalette')}>
        <Choice
          name="palette"
          value={s.palette}
          options={[
            ['standard', 'optPaletteStandard'],
            ['violet', 'optPaletteViolet'],
            ['contrast', 'optPaletteContrast'],
          ]}
          onChange={(palette) => update({ palette })}
        />
      </Field>

      <Field legend={t('optKinds')}>
        {(
          [
            ['alliance', 'optKindAlliance'],
            ['organisation', 'optKindOrganisation'],
            ['person', 'optKindPerson'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={s.kinds[kind]}
              onChange={(e) => update({ kinds: { ...s.kinds, [kind]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t(label)}
          </label>
        ))}
      </Field>

      <Field legend={t('optHoverDelay')}>
        <label class="range">
          <input
            type="range"
            name="hoverDelay"
            aria-label={t('optHoverDelay')}
            min={100}
            max={1500}
            step={50}
            value={s.hoverDelay}
            aria-valuetext={`${s.hoverDelay} ms`}
            onInput={(e) => update({ hoverDelay: Number((e.currentTarget as HTMLInputElement).value) })}
          />
          <output>{s.hoverDelay} ms</output>
        </label>
      </Field>

      <Field legend={t('optLanguage')}>
        <Choice
          name="lang"
          value={s.lang}
          options={[
            ['de', 'optLangDe'],
            ['en', 'optLangEn'],
          ]}
          onChange={(lang) => update({ lang })}
        />
      </Field>

      <Field legend={t('optCopyFormat')}>
        <Choice
          name="copyFormat"
          value={s.copyFormat}
          options={[
            ['plain', 'copyPlain'],
            ['markdown', 'copyMarkdown'],
            ['html', 'copyHtml'],
          ]}
          onChange={(copyFormat) => update({ copyFormat })}
        />
      </Field>

      <Field legend={t('optPausedSites')}>
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
                  onClick={() => update({ pausedSites: s.pausedSites.filter((x) => x !== site) })}
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

      <p class="muted">{t('optShortcuts')}</p>
      <button type="button" class="reset" onClick={() => update({ ...DEFAULT_SETTINGS })}>
        {t('optReset')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </main>
  );
}
