import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from './launch';
import { type StaticServer, startServer } from './server';
import type { BrowserKind } from './system-browsers';

export interface SuiteEnv {
  server: StaticServer;
  ext: ExtensionBrowser;
  /** The same browser without the extension, when asked for (the baseline of „nothing changed“). */
  plain: ExtensionBrowser;
}

/**
 * Registers the hooks every E2E suite needs: a loopback server (fixtures, real pages, `pages`) and the
 * browser with the built extension, closed after the suite. Values are read from the returned object
 * inside tests (they exist once `beforeAll` ran).
 */
export function extensionSuite(
  kind: BrowserKind,
  options: { pages?: Record<string, string>; plain?: boolean; launch?: LaunchOptions } = {},
): SuiteEnv {
  const env = {} as SuiteEnv;
  beforeAll(async () => {
    env.server = await startServer(options.pages);
    env.ext = await launchWithExtension(kind, options.launch);
    if (options.plain) env.plain = await launchWithExtension(kind, { withoutExtension: true });
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.plain?.close();
    await env.server?.close();
  });
  return env;
}

/** Lets the suite's pages read and write the clipboard (Chromium asks for these; Firefox grants them to E2E). */
export async function grantClipboard(env: SuiteEnv): Promise<void> {
  if (env.ext.kind !== 'chromium') return;
  await env.ext.browser
    .defaultBrowserContext()
    .overridePermissions(env.server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
}
