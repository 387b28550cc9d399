import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';
import { PAUSED_TEXT } from '../../../content/badge-state';
import { DEFAULT_SETTINGS } from '../../../content/settings-schema';
import { saveSettings } from '../../../content/settings-store';

type CommandListener = Parameters<typeof fakeBrowser.commands.onCommand.addListener>[0];
let onCommand: CommandListener | undefined;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Starts the background as the browser does. */
async function startBackground(): Promise<void> {
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 'npa-copy-quote');
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void (onCommand = l));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `[${name}]`);
  background.main();
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  onCommand = undefined;
});

describe('first run (issue 15)', () => {
  it('opens the welcome page on install, not on update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await settle();
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });
});

describe('keyboard commands (issue 15)', () => {
  it('hands both commands to the tab’s content script, and no other', async () => {
    await startBackground();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: true });
    await onCommand!('next-mention', { id: 5 } as never);
    await onCommand!('toggle-pause', { id: 5 } as never);
    await onCommand!('_execute_action', { id: 5 } as never);
    expect(sent.mock.calls).toEqual([
      [5, { type: 'run-command', command: 'next-mention' }, {}],
      [5, { type: 'run-command', command: 'toggle-pause' }, {}],
    ]);
  });

  it('does nothing where no content script answers (a browser page, a tab from before the install)', async () => {
    await startBackground();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(onCommand!('toggle-pause', { id: 5 } as never)).resolves.toBeUndefined();
  });

  it('tells a page the reader’s bindings as commands.getAll reports them', async () => {
    await startBackground();
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: '' },
      { name: 'next-mention', shortcut: 'Ctrl+Shift+Y' },
      { name: 'toggle-pause', shortcut: '' },
    ]);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-bindings' }, {
      tab: { id: 5 },
      frameId: 0,
    } as never);
    expect(reply).toEqual({ ok: true, value: { 'next-mention': 'Ctrl+Shift+Y', 'toggle-pause': '' } });
  });
});

describe('the paused state on the badge (issue 15)', () => {
  it('shows a paused page, and „Überall pausieren“ on every tab', async () => {
    await startBackground();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state', count: 0, paused: true }, {
      tab: { id: 5 },
      frameId: 0,
    } as never);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe(PAUSED_TEXT);
    await saveSettings({ ...DEFAULT_SETTINGS, pausedEverywhere: true });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_TEXT));
    await saveSettings({ ...DEFAULT_SETTINGS });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });
});
