import { effect, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { CardController, type CardPreferences } from '../../content/cards/card-controller';
import { isCardNode } from '../../content/cards/card-host';
import { CommandKeys, suggestedBindings } from '../../content/cards/command-keys';
import { isMac } from '../../content/cards/shortcut-keys';
import { defaultMatcher } from '../../content/engine/detect-text';
import { PageEngine } from '../../content/engine/page-engine';
import { guard, reportError } from '../../content/error-boundary';
import { isCommandName, type CommandName } from '../../content/messages';
import type { Settings } from '../../content/settings-schema';
import { uiLang } from '../../content/settings-store';
import { createCardUi } from '../card/mount';
import { readCommandBindings } from '../command-bindings';

const preferences = (s: Settings): CardPreferences => ({
  hover: s.highlightStyle !== 'off',
  hoverDelay: s.hoverDelay,
  lang: () => uiLang(s),
  format: s.copyFormat,
});

/**
 * Runs the real page engine and cards on the welcome page, as the content script does on a web page (no
 * content script runs on an extension page): the marks follow the reader's look and kinds, the card their
 * delay and language. The browser's commands come here directly (an extension page hears commands.onCommand),
 * the in-page fallback follows the reader's bindings. Everything stops when `signal` aborts.
 */
export function startSampleMarks(doc: Document, settings: Signal<Settings>, signal: AbortSignal): PageEngine {
  const engine = new PageEngine(doc, defaultMatcher(), { isOwnNode: isCardNode, guard, signal });
  const cards = new CardController(doc, engine, async () => createCardUi, preferences(settings.value), signal);
  const stop = effect(() => {
    const s = settings.value;
    guard(() => {
      cards.setPreferences(preferences(s));
      engine.setLook({ style: s.highlightStyle, palette: s.palette });
      engine.setKinds(s.kinds);
    });
  });
  signal.addEventListener('abort', stop, { once: true });
  engine.start();

  const run = async (command: CommandName) => {
    if (command !== 'next-mention') return false; // no site to pause on an extension page
    await engine.settled;
    return cards.revealNext();
  };
  const keys = new CommandKeys({ run, signal, doc, mac: isMac() });
  void readCommandBindings()
    .then((bindings) => {
      keys.setBindings(bindings, suggestedBindings(browser.runtime.getManifest()));
    })
    .catch(reportError);
  const ownTab = browser.tabs.getCurrent().then((tab) => tab?.id);
  const onCommand = (command: string, tab?: { id?: number }) =>
    void ownTab.then((id) => {
      if (!isCommandName(command) || signal.aborted) return;
      if (tab?.id !== undefined ? tab.id === id : doc.hasFocus()) void keys.delivered(command).catch(reportError);
    });
  browser.commands?.onCommand.addListener(onCommand);
  signal.addEventListener('abort', () => browser.commands?.onCommand.removeListener(onCommand), { once: true });
  return engine;
}
