import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';

type ClickListener = Parameters<typeof fakeBrowser.contextMenus.onClicked.addListener>[0];
let menuClick: ClickListener | undefined;

/** Starts the background as the browser does (an MV3 worker start or restart): main() runs afresh. */
async function startBackground(): Promise<void> {
  // fakeBrowser leaves these unimplemented; the background only registers on them at start.
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 'npa-copy-quote');
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((l) => void (menuClick = l));
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `[${name}]`);
  background.main();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The worker stops (idle for 30 s) and a later event starts it again: listeners and memory are gone, storage.session is not. */
async function restartWorker(): Promise<void> {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  vi.restoreAllMocks();
  vi.resetModules();
  await startBackground();
}

const TAB = 4;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const reportCount = async (count: number, paused = false) => {
  await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state', count, paused }, {
    tab: { id: TAB },
    frameId: 0,
  } as never);
  await settle();
};
const badgeText = () => fakeBrowser.action.getBadgeText({ tabId: TAB });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.useRealTimers());

describe('the toolbar badge (issue 16)', () => {
  it('comes back after the „?“ of a menu click, though the worker restarted in between', async () => {
    await startBackground();
    await reportCount(9);
    expect(await badgeText()).toBe('9');
    await restartWorker();
    vi.useFakeTimers();
    const clicked = menuClick!(
      { menuItemId: 'npa-copy-quote', selectionText: 'kein Zitat aus der Quelle', editable: false, modifiers: [] },
      { id: TAB } as never,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(await badgeText()).toBe('?');
    await vi.advanceTimersByTimeAsync(4000);
    await clicked;
    expect(await badgeText()).toBe('9');
  });

  it('forgets the count when a new page loads in the tab', async () => {
    await startBackground();
    await reportCount(2);
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, { id: TAB } as never);
    await settle();
    expect(await badgeText()).toBe('');
  });
});
