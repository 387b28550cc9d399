import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type BrowserKind, systemBrowser } from './system-browsers';

export const BUILDS: Record<BrowserKind, string> = {
  chromium: resolve(import.meta.dirname, '../../../.output/chrome-mv3'),
  firefox: resolve(import.meta.dirname, '../../../.output/firefox-mv2'),
};

/** The Firefox build's gecko id (wxt.config.ts). */
const GECKO_ID = 'kontextkarten@npa-context-cards.invalid';

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Base URL of the extension's pages, ending in '/'. */
  extensionBase: string;
  /** The welcome page the install opened, when the launch was asked to keep it (`welcome: 'keep'`). */
  welcome?: Page;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  withoutExtension?: boolean;
  build?: string;
  /**
   * The install opens the welcome page (background.ts). By default the launch waits for it and closes it,
   * so suites start with the tabs they open themselves; `keep` leaves it open as `welcome`.
   */
  welcome?: 'close' | 'keep';
  /** Runs in the started browser before the extension is installed (tabs opened before the install). */
  beforeInstall?: (browser: Browser) => Promise<void>;
  /**
   * Settings stored right after the install, as the reader's choices (e.g. `{ lang: 'de' }`: the browsers
   * here have an en-US UI, so without it the extension speaks English; demo and store images want German).
   */
  settings?: Record<string, unknown>;
}

/**
 * Starts the real system browser headless with the built extension installed
 * (Chromium over CDP with `enableExtensions`, Firefox over WebDriver BiDi). `withoutExtension` gives the
 * same browser without it: the baseline for „the page is unchanged“. `build` installs another build folder
 * (the bench's minimal content script).
 */
export async function launchWithExtension(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const build = options.build ?? BUILDS[kind];
  const install = !options.withoutExtension;
  if (install && !existsSync(resolve(build, 'manifest.json'))) {
    throw new Error(`No build at ${build}: run \`npm run ${kind === 'chromium' ? 'build' : 'build:firefox'}\` first.`);
  }
  const executablePath = systemBrowser(kind);
  const headless = options.headless ?? true;
  let browser: Browser;
  let extensionBase: string;
  if (kind === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless,
      enableExtensions: true,
      pipe: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    await options.beforeInstall?.(browser);
    extensionBase = install ? `chrome-extension://${await browser.installExtension(build)}/` : '';
  } else {
    // A fixed internal UUID makes moz-extension:// pages (the popup) addressable from tests.
    const uuid = randomUUID();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      protocol: 'webDriverBiDi',
      // BiDi refuses to navigate to moz-extension:// pages (the popup) without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'dom.events.asyncClipboard.readText': true,
        'dom.events.testing.asyncClipboard': true,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    await options.beforeInstall?.(browser);
    if (install) await browser.installExtension(build);
    extensionBase = install ? `moz-extension://${uuid}/` : '';
  }
  const ext: ExtensionBrowser = {
    kind,
    browser,
    extensionBase,
    newPage: () => browser.newPage(),
    close: () => browser.close(),
  };
  // Only our own build opens the welcome page (the bench's floor and mark.js do not), copies of it too (the
  // bench measures a copy): left open, it would be the active tab and the page under test a background one,
  // which renders no frames (found in issue 13: our highlights waited a whole second for a frame there).
  if (install && existsSync(resolve(build, 'welcome.html'))) {
    const welcome = await findExtensionPage(ext, 'welcome.html');
    if (options.welcome === 'keep') ext.welcome = welcome;
    else await welcome.close();
  }
  if (install && options.settings) await storeSettings(ext, options.settings);
  return ext;
}

/**
 * Stores `settings` as the extension's settings (storage.sync), from one of its pages. With the storage
 * item's version (WXT's `settings$`, content/settings-store.ts), so no migration rewrites them.
 */
export async function storeSettings(ext: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(ext, 'options.html');
  await page.evaluate(async (value: Record<string, unknown>) => {
    type Api = { storage: { sync: { set(v: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    await (g.browser ?? g.chrome).storage.sync.set({ settings: value, settings$: { v: 2 } });
  }, settings);
  await page.close();
}

/**
 * Finds an open tab showing one of the extension's pages (one the extension opened itself). Firefox's BiDi
 * reports such a tab as about:blank (see openExtensionPage), so each tab is asked for its address.
 */
export async function findExtensionPage(ext: ExtensionBrowser, path: string, timeoutMs = 15_000): Promise<Page> {
  const url = ext.extensionBase + path;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await ext.browser.pages()) {
      const href = page.url() === url ? url : await page.evaluate(() => location.href).catch(() => '');
      if (href === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab shows ${url} within ${timeoutMs} ms`);
}

/**
 * Opens one of the extension's own pages (popup.html, options.html) in a new tab.
 * Firefox loads moz-extension:// pages in the extension process and BiDi never reports the navigation
 * as finished, so there we start it and wait for the document instead.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.newPage();
  const url = ext.extensionBase + path;
  if (ext.kind === 'chromium') {
    await page.goto(url);
    return page;
  }
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await pollDocument(page, (href: string) => location.href === href && document.readyState === 'complete', url);
  return page;
}

/**
 * Polls `predicate` in the page until it holds. Unlike waitForFunction it survives the evaluation
 * errors Firefox's BiDi reports while a document is being replaced (“right-hand side of 'in' …”).
 */
export async function pollDocument(
  page: Page,
  predicate: (arg: string) => boolean,
  arg = '',
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(predicate, arg)) return;
    } catch (error) {
      lastError = error; // the document is in transition; ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`page did not reach the expected state within ${timeoutMs} ms`, { cause: lastError });
}
