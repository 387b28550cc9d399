import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEAVING_MS, startContentScript } from '../../../content/content-script';
import { loadChunk } from '../../../content/lazy-chunk';
import type { Reply } from '../../../content/messages';
import type { OpenPage, PageSession } from '../../../content/page-session';

// The page-session chunk is a web-accessible script the browser imports; here it is a promise the test settles.
vi.mock('../../../content/lazy-chunk', () => ({ loadChunk: vi.fn(), PAGE_SESSION_CHUNK: {}, CARD_UI_CHUNK: {} }));

/** A promise and its settling functions (Promise.withResolvers, which Node 20 lacks). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The browser calls a message listener with a third argument, sendResponse; fakeBrowser's types know two. */
const deliver = fakeBrowser.runtime.onMessage.trigger as unknown as (
  message: unknown,
  sender: object,
  sendResponse: (reply: unknown) => void,
) => Promise<unknown[]>;
const listening = () => (fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners();

let chunk: ReturnType<typeof deferred<OpenPage>>;
let ctx: ContentScriptContext;
const session: PageSession = { answer: vi.fn(async () => ({ ok: true, value: true }) as Reply<never>) };
const openPage = vi.fn<OpenPage>(async () => session);

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  chunk = deferred<OpenPage>();
  vi.mocked(loadChunk).mockReturnValue(chunk.promise);
  ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
});
afterEach(() => ctx.abort());

/** A message from the popup or the background, as the browser delivers it to the content script. */
async function send(message: unknown): Promise<unknown> {
  const reply = deferred<unknown>();
  await deliver(message, {}, reply.resolve);
  return reply.promise;
}

describe('content script', () => {
  it('loads the page session on a candidate and hands it the context’s signal', async () => {
    document.body.innerHTML = '<p>Ministerpräsident Stephan Weil</p>';
    startContentScript(ctx);
    // The first look runs once the page is idle (at the latest 300 ms after the start).
    await vi.waitFor(() => expect(loadChunk).toHaveBeenCalledTimes(1), { timeout: 1000 });
    chunk.resolve(openPage);
    expect(await send({ type: 'get-mentions' })).toEqual({ ok: true, value: true });
    expect(openPage).toHaveBeenCalledExactlyOnceWith(ctx.signal);
    expect(session.answer).toHaveBeenCalledWith({ type: 'get-mentions' });
  });

  it('never opens the session when torn down while its chunk loads', async () => {
    document.body.innerHTML = '<p>Ministerpräsident Stephan Weil</p>';
    startContentScript(ctx);
    await vi.waitFor(() => expect(loadChunk).toHaveBeenCalledTimes(1), { timeout: 1000 });
    ctx.abort();
    chunk.resolve(openPage);
    await chunk.promise;
    await new Promise((r) => setTimeout(r, 0));
    expect(openPage).not.toHaveBeenCalled();
    expect(listening()).toBe(false);
  });

  it('answers write-clipboard itself, without loading the session', async () => {
    document.body.innerHTML = '<p>Nichts hier.</p>';
    startContentScript(ctx);
    const reply = await send({ type: 'write-clipboard', data: { 'text/plain': 'a', 'text/html': '<b>a</b>' } });
    expect(reply).toMatchObject({ ok: true });
    expect(loadChunk).not.toHaveBeenCalled();
  });

  it('answers an error when the session cannot load, and ignores what is not ours', async () => {
    document.body.innerHTML = '<p>Nichts hier.</p>';
    startContentScript(ctx);
    chunk.reject(new Error('/page-session.js failed to load'));
    expect(await send({ type: 'reveal-next' })).toEqual({ ok: false, error: 'Error: /page-session.js failed to load' });
    const results = await deliver({ type: 'something-else' }, {}, () => undefined);
    expect(results).toEqual([undefined]);
  });

  it('reports a session that failed to load, unless the page was left soon after; a later request tries again', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const failure = new TypeError('error loading dynamically imported module');
    document.body.innerHTML = '<p>Ministerpräsident Stephan Weil</p>';
    startContentScript(ctx);
    await vi.waitFor(() => expect(loadChunk).toHaveBeenCalledTimes(1), { timeout: 1000 });
    // Firefox's order: the import fails as the navigation starts, the page hides after.
    chunk.reject(failure);
    await new Promise((r) => setTimeout(r, 50));
    dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, LEAVING_MS + 100));
    expect(debug).not.toHaveBeenCalled();

    // The page stays (back from the cache, say): the failure is reported, and the popup's request loads again.
    dispatchEvent(new Event('pageshow'));
    ctx.abort();
    ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    chunk = deferred<OpenPage>();
    vi.mocked(loadChunk).mockReturnValue(chunk.promise);
    startContentScript(ctx);
    await vi.waitFor(() => expect(loadChunk).toHaveBeenCalledTimes(2), { timeout: 1000 });
    chunk.reject(failure);
    await vi.waitFor(() => expect(debug).toHaveBeenCalledWith(`[Kontextkarten] ${String(failure)}`, failure), {
      timeout: LEAVING_MS + 1000,
    });
    vi.mocked(loadChunk).mockResolvedValue(openPage);
    expect(await send({ type: 'get-mentions' })).toEqual({ ok: true, value: true });
    expect(loadChunk).toHaveBeenCalledTimes(3);
    debug.mockRestore();
  });
});
