import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // content/ is ours; WXT only auto-imports components/ and utils/, and we prefer explicit imports everywhere.
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  hooks: {
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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // storage: settings; contextMenus + clipboardWrite: „Zitat mit Quellenangabe kopieren“ on a selection.
    permissions: ['storage', 'contextMenus', 'clipboardWrite'],
    // The card UI chunk, imported by the content script on the first card (see content/content-script.ts).
    web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 142: the first version (desktop and Android) that knows data_collection_permissions.
            gecko: {
              id: 'kontextkarten@npa-context-cards.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
