import { browser } from 'wxt/browser';
import { COMMANDS, type CommandBindings, type CommandName } from '../content/messages';

/**
 * Each command's shortcut as the browser reports it (commands.getAll): what the reader bound, '' where they
 * removed it; null where the browser has no commands API (Firefox for Android). For extension pages and the
 * background, which alone may ask.
 */
export async function readCommandBindings(): Promise<CommandBindings> {
  if (!browser.commands?.getAll) return null;
  const all = await browser.commands.getAll();
  return Object.fromEntries(COMMANDS.map((c) => [c, all.find((x) => x.name === c)?.shortcut ?? ''])) as Record<
    CommandName,
    string
  >;
}

/**
 * Opens the browser's own shortcut settings: Firefox has commands.openShortcutSettings (since 137; we need
 * 146); Chrome and Edge list them at chrome://extensions/shortcuts, which an extension may open in a tab.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands?.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
