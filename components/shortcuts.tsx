import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { reportError } from '../content/error-boundary';
import { COMMANDS, type CommandBindings, type CommandName } from '../content/messages';
import { openShortcutSettings, readCommandBindings } from './command-bindings';
import { t, type MessageKey } from './i18n';

const LABELS: Record<CommandName, MessageKey> = {
  'next-mention': 'cmdNextMention',
  'toggle-pause': 'cmdTogglePause',
};

/**
 * The keyboard commands with their shortcuts as the browser reports them, read afresh whenever the page
 * comes back into view (the reader may just have changed them), and a button to change them.
 */
export function Shortcuts() {
  const shortcuts = useSignal<CommandBindings | undefined>(undefined);
  useEffect(() => {
    const read = () =>
      void readCommandBindings()
        .then((value) => (shortcuts.value = value))
        .catch(reportError);
    read();
    const onVisible = () => document.hidden || read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const value = shortcuts.value;
  if (value === undefined) return null;
  if (value === null) return <p class="muted">{t('shortcutsNoApi')}</p>;
  return (
    <div class="shortcuts">
      <dl data-testid="shortcuts">
        {COMMANDS.map((c) => (
          <div key={c} class="shortcut" data-command={c}>
            <dt>{t(LABELS[c])}</dt>
            <dd>{value[c] ? <kbd>{value[c]}</kbd> : <span class="muted">{t('shortcutNone')}</span>}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="link-button" onClick={() => void openShortcutSettings().catch(reportError)}>
        {t('shortcutsChange')}
      </button>
    </div>
  );
}
