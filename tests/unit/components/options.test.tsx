import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lang } from '../../../components/i18n';
import { Options } from '../../../components/options/options';
import { DEFAULT_SETTINGS, type Settings } from '../../../content/settings-schema';
import { loadSettings, saveSettings } from '../../../content/settings-store';

let root: HTMLElement;
let settings: Signal<Settings>;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // fakeBrowser has no commands API: the shortcuts say so.
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  lang.value = 'de';
  await saveSettings({ ...DEFAULT_SETTINGS });
  settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<Options settings={settings} />, root);
  await flush();
});
afterEach(() => render(null, root));

const slider = () => root.querySelector<HTMLInputElement>('input[name="hoverDelay"]')!;
const fire = (el: HTMLInputElement, type: 'input' | 'change') => el.dispatchEvent(new Event(type, { bubbles: true }));

describe('settings writes (issue 15)', () => {
  it('the hover-delay slider stores once, when released (`change`), not on every `input`', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (const value of ['350', '400', '450', '500', '550']) {
      slider().value = value;
      fire(slider(), 'input');
    }
    await flush();
    expect(set).not.toHaveBeenCalled();
    // The value shown follows the drag.
    expect(root.querySelector('output')!.textContent).toBe('550 ms');
    fire(slider(), 'change');
    await flush();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadSettings()).hoverDelay).toBe(550);
    expect(root.querySelector('.status')!.textContent).toBe('Gespeichert – gilt sofort in allen Tabs.');
  });

  it('a failed write shows a message and changes nothing else', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    slider().value = '900';
    fire(slider(), 'input');
    fire(slider(), 'change');
    await flush();
    await flush();
    expect(root.querySelector('[data-testid="save-error"]')!.textContent).toBe(
      'Nicht gespeichert: Der Browser hat das Speichern abgelehnt. Es gilt weiter die bisherige Einstellung.',
    );
    // The slider, the shown value, the settings and storage: as before.
    expect(slider().value).toBe('300');
    expect(root.querySelector('output')!.textContent).toBe('300 ms');
    expect(settings.value).toEqual(DEFAULT_SETTINGS);
    expect((await loadSettings()).hoverDelay).toBe(300);
    expect(root.querySelector('.status')!.textContent).toBe('');

    // A radio the reader clicked goes back too.
    const background = root.querySelector<HTMLInputElement>('input[name="style"][value="background"]')!;
    background.click();
    await flush();
    await flush();
    expect(background.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('input[name="style"][value="underline"]')!.checked).toBe(true);
    expect((await loadSettings()).highlightStyle).toBe('underline');
  });

  it('a write that works again clears the message', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('quota'));
    root.querySelector<HTMLInputElement>('input[name="pausedEverywhere"]')!.click();
    await flush();
    await flush();
    expect(root.querySelector('[data-testid="save-error"]')!.textContent).not.toBe('');
    set.mockRestore();
    root.querySelector<HTMLInputElement>('input[name="pausedEverywhere"]')!.click();
    await flush();
    await flush();
    expect(root.querySelector('[data-testid="save-error"]')!.textContent).toBe('');
    expect((await loadSettings()).pausedEverywhere).toBe(true);
  });

  it('offers „Wie der Browser“ as the language, naming the language it means', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    settings.value = { ...settings.value };
    await flush();
    const auto = root.querySelector<HTMLInputElement>('input[name="lang"][value="auto"]')!;
    expect(auto.checked).toBe(true);
    expect(auto.parentElement!.textContent).toBe('Wie der Browser (English)');
  });
});
