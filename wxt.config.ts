import { defineConfig } from 'wxt';

/** Unlisted scripts that the content script imports into its own world (content/lazy-chunk.ts). */
const CONTENT_WORLD_CHUNKS = ['page-session', 'card-ui'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // content/ is ours; WXT only auto-imports components/ and utils/, and we prefer explicit imports everywhere.
  imports: false,
  vite: () => ({
    // NPA_PROFILE=1: readable function names in CPU profiles (scripts/profile-page.ts).
    ...(process.env.NPA_PROFILE ? { build: { minify: false } } : {}),
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  hooks: {
    // The content script runs on every page load, so it talks to the browser's own promise-based API
    // (WXT's `browser`: `chrome` in Chromium, `browser` in Firefox) instead of the polyfill, which cost
    // 0.9 ms of script time per page load in Chromium 156 (CDP ScriptDuration on a blank page, measured).
    // Its lazily loaded chunks run in the same world; popup, options and background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' || CONTENT_WORLD_CHUNKS.includes(e.name))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // The highlight styles (entrypoints/highlights.content.css) load at document_start, before the page
    // has a DOM: Firefox injects a content script's CSS at the script's run_at, and a stylesheet added to a
    // finished page restyles all of it (on 10 MB, pauses of 100–170 ms at that moment, measured). The
    // scanning script stays at document_idle.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        run_at: 'document_start',
        css: ['content-scripts/highlights.css'],
      });
    },
  },
  // `npm run zip:firefox` also writes WXT's sources archive (zipSources is on by default for Firefox), which
  // AMO asks for because the bundles are minified: reviewers rebuild with `npm ci && npm run build:firefox`.
  // Listing images, demo output and logs are not sources.
  zip: {
    excludeSources: ['store/**', 'demo/**', 'stats.html', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // storage: settings; contextMenus + clipboardWrite: „Zitat mit Quellenangabe kopieren“ on a selection;
    // activeTab: when the reader opens the popup, it may see the tab's address, to tell a page opened before
    // the install (reload it) from a browser or store page (never reachable). Without it, tabs.query hides the
    // address of every tab without a host permission; content-script matches do not count (measured,
    // Chromium 156). No install warning in either browser.
    permissions: ['storage', 'contextMenus', 'clipboardWrite', 'activeTab'],
    // Chunks the content script imports when first needed (content/lazy-chunk.ts): the page session on a
    // page that might mention an entity, the card UI on the first card.
    web_accessible_resources: [
      { resources: ['page-session.js', 'card-ui.js'], matches: ['http://*/*', 'https://*/*'] },
    ],
    // Both are listed in the browser's shortcut settings (chrome://extensions/shortcuts, Firefox's „Manage
    // Extension Shortcuts“), where the reader can change them; the in-page fallback follows what they chose
    // (content/cards/command-keys.ts). Names are content/messages.ts's COMMANDS. Alt+Shift+P, the obvious
    // key for pause, is not granted by Chromium 156 (commands.getAll reports it empty, measured).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdNextMention__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_cmdTogglePause__',
      },
    },
    // Minimum versions: the first that paint the ::highlight() styles of entrypoints/highlights.content.css
    // (text-decoration underlines, background-color). Source: mdn/browser-compat-data,
    // css/selectors/highlight.json (commit a0a74f9 of 2026-08-07): Chrome 105 (Edge mirrors it);
    // Firefox 140 for ::highlight() and the Highlight API (api/Highlight.json), but „Before Firefox 146,
    // cannot be used with `text-decoration`“ (bug 1845446), so 146. An older browser would install the
    // extension and show no marks. (text-shadow needed Firefox 149; we do not use it.)
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 146 also covers data_collection_permissions (BCD webextensions/manifest/browser_specific_settings.json:
            // Firefox 140, Firefox for Android 142).
            gecko: {
              id: 'kontextkarten@npa-context-cards.invalid',
              strict_min_version: '146.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
