import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '../components/card/mount';
import { CARD_UI_GLOBAL } from '../content/card-host';

// The card UI chunk: loaded by the content script on the first card shown, so every page load stays small.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = createCardUi;
});
