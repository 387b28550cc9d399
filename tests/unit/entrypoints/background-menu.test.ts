import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';

type CreateProperties = Parameters<typeof fakeBrowser.contextMenus.create>[0];

/**
 * The browser's own store of context-menu entries, which fakeBrowser does not implement. Like Chrome it
 * refuses a second entry with the same id (Chrome reports „Cannot create item with duplicate id“).
 */
class MenuStore {
  readonly entries = new Map<string | number, CreateProperties>();
  readonly errors: string[] = [];

  create = (props: CreateProperties): string | number => {
    const id = props.id!;
    if (this.entries.has(id)) this.errors.push(`Cannot create item with duplicate id ${id}`);
    else this.entries.set(id, props);
    return id;
  };

  removeAll = async (): Promise<void> => {
    this.entries.clear();
  };
}

let menus: MenuStore;

/** Starts the background as the browser does: its main() runs once per start of the page or worker. */
async function startBackground(): Promise<void> {
  // fakeBrowser leaves these unimplemented; the background only registers listeners on them at start.
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(menus.create);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(menus.removeAll);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `[${name}]`);
  background.main();
  await new Promise((resolve) => setTimeout(resolve, 0)); // let its start-up promises settle
}

/** Installing the extension: its background starts and the browser fires runtime.onInstalled. */
async function install(): Promise<void> {
  await startBackground();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
}

/** A browser restart: every listener of the old background is gone, and so is all in-memory state. */
function restartBrowser({ keepsMenus }: { keepsMenus: boolean }): void {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  if (!keepsMenus) menus.entries.clear();
}

describe('the context-menu entry (issue 14)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    menus = new MenuStore();
  });

  it('exists after the installation', async () => {
    await install();
    expect([...menus.entries.values()]).toEqual([
      { id: 'npa-copy-quote', title: '[menuCopyQuote]', contexts: ['selection'] },
    ]);
  });

  it('exists after a browser restart that forgot it (Firefox, persistent background page), without onInstalled', async () => {
    await install();
    restartBrowser({ keepsMenus: false });
    expect(menus.entries.size).toBe(0);

    await startBackground(); // no runtime.onInstalled this time
    expect([...menus.entries.keys()]).toEqual(['npa-copy-quote']);
    expect(menus.errors).toEqual([]);
  });

  it('exists once after a restart that kept it (Chrome service worker), with no duplicate-id error', async () => {
    await install();
    restartBrowser({ keepsMenus: true });

    await startBackground();
    expect([...menus.entries.keys()]).toEqual(['npa-copy-quote']);
    expect(menus.errors).toEqual([]);
  });
});
