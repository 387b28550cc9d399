import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '../components/card/mount';
import { CARD_UI_CHUNK, provideChunk } from '../content/lazy-chunk';

// The card UI chunk: loaded by the page session on the first card shown, so every page load stays small.
export default defineUnlistedScript(() => provideChunk(CARD_UI_CHUNK, createCardUi));
