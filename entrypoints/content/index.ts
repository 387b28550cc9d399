import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../content/content-script';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's default also announces every start to the page with window.postMessage; the page need not know.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentScript(ctx);
  },
});
