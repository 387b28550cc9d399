import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../content/content-script';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    void startContentScript(ctx);
  },
});
