import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_SESSION_CHUNK, provideChunk } from '../content/lazy-chunk';
import { openPage } from '../content/page-session';

// The page session chunk: loaded by the content script when a page might mention an entity, so pages that
// never do load only the small content script.
export default defineUnlistedScript(() => provideChunk(PAGE_SESSION_CHUNK, openPage));
