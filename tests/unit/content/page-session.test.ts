import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultMatcher } from '../../../content/engine/detect-text';
import type { Matcher } from '../../../content/engine/matcher';
import { PageEngine } from '../../../content/engine/page-engine';
import { openPage } from '../../../content/page-session';
import { DEFAULT_SETTINGS } from '../../../content/settings-schema';
import { loadSettings, saveSettings } from '../../../content/settings-store';

let life = new AbortController();
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML =
    '<p>Ministerpräsident Stephan Weil dankte.</p><p>Landesbischof Ralf Meister und Bischof Heiner Wilmer.</p>';
});
afterEach(() => {
  life.abort();
  life = new AbortController();
  vi.restoreAllMocks();
});

type Listened = { hasListeners(): boolean };
/** Is anyone listening for changes of the settings in storage.sync? (fakeBrowser's types omit hasListeners.) */
const followsSettings = () =>
  (fakeBrowser.storage.sync.onChanged as unknown as Listened).hasListeners() ||
  (fakeBrowser.storage.onChanged as unknown as Listened).hasListeners();

describe('page session', () => {
  it('answers each request by its handler', async () => {
    const page = await openPage(life.signal);
    expect(await page.answer({ type: 'get-mentions' })).toEqual({
      ok: true,
      value: {
        url: location.href,
        paused: false,
        counts: [
          { entity: 'stephan-weil', count: 1 },
          { entity: 'ralf-meister', count: 1 },
          { entity: 'heiner-wilmer', count: 1 },
        ],
      },
    });
    expect(await page.answer({ type: 'reveal-next', entity: 'hubert-meyer' })).toEqual({ ok: true, value: false });
    expect(await page.answer({ type: 'set-paused', paused: true })).toEqual({ ok: true, value: true });
    const paused = await page.answer({ type: 'get-mentions' });
    expect(paused.ok && paused.value).toMatchObject({ paused: true, counts: [] });
  });

  it('still answers get-mentions when a later slice of the scan throws', async () => {
    // A page of several slices: the clock runs 1 ms per reading, so a slice (8 ms) ends after a few units.
    document.body.innerHTML = `<p>Stephan Weil</p>${'<p>Ein Absatz ohne Namen, lang genug.</p>'.repeat(400)}`;
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const reported = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const real = defaultMatcher();
    let firstSliceOver = false;
    let thrown = 0;
    const matcher: Matcher = {
      find: (text) => {
        if (firstSliceOver) {
          thrown++;
          throw new Error('matcher broke');
        }
        return real.find(text);
      },
    };
    // The first slice runs within openPage; every later one runs from a timer.
    const page = await openPage(life.signal, { matcher });
    firstSliceOver = true;
    const reply = await page.answer({ type: 'get-mentions' });
    expect(thrown).toBeGreaterThan(0);
    expect(reply.ok).toBe(true);
    // The error was stopped at the boundary and reported once.
    expect(reported).toHaveBeenCalledTimes(1);
    expect(String(reported.mock.calls[0][1])).toContain('matcher broke');
  });

  it('starts nothing when torn down while its settings load', async () => {
    const start = vi.spyOn(PageEngine.prototype, 'start');
    const opening = openPage(life.signal);
    life.abort();
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    expect(start).not.toHaveBeenCalled();
    expect(followsSettings()).toBe(false);
  });

  it('stops the engine and the settings watch when torn down later', async () => {
    const stop = vi.spyOn(PageEngine.prototype, 'stop');
    const start = vi.spyOn(PageEngine.prototype, 'start');
    const page = await openPage(life.signal);
    expect(followsSettings()).toBe(true);
    life.abort();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(followsSettings()).toBe(false);
    await saveSettings({ ...DEFAULT_SETTINGS, pausedSites: [] });
    expect(start).toHaveBeenCalledTimes(1);
    expect(await page.answer({ type: 'get-mentions' })).toMatchObject({ ok: false });
  });

  it('pauses and resumes on this site by the command, stores it, and tells the badge', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const page = await openPage(life.signal);
    const host = new URL(location.href).hostname;
    expect(await page.answer({ type: 'run-command', command: 'toggle-pause' })).toEqual({ ok: true, value: true });
    expect((await loadSettings()).pausedSites).toEqual([host]);
    const paused = await page.answer({ type: 'get-mentions' });
    expect(paused.ok && paused.value).toMatchObject({ paused: true, counts: [] });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'page-state', count: 0, paused: true }));
    expect(await page.answer({ type: 'run-command', command: 'toggle-pause' })).toEqual({ ok: true, value: true });
    expect((await loadSettings()).pausedSites).toEqual([]);
    const resumed = await page.answer({ type: 'get-mentions' });
    expect(resumed.ok && resumed.value).toMatchObject({ paused: false });
  });

  it('leaves the page as the settings say when the pause cannot be stored', async () => {
    const page = await openPage(life.signal);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('quota'));
    expect(await page.answer({ type: 'run-command', command: 'toggle-pause' })).toMatchObject({ ok: false });
    const after = await page.answer({ type: 'get-mentions' });
    expect(after.ok && after.value).toMatchObject({ paused: false });
  });

  it('goes to the next mention by the command', async () => {
    // The card UI is a chunk the test does not serve; only the answer counts here.
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const page = await openPage(life.signal);
    expect(await page.answer({ type: 'run-command', command: 'next-mention' })).toEqual({ ok: true, value: true });
  });

  it('follows „Überall pausieren“ and the paused sites live', async () => {
    const host = new URL(location.href).hostname;
    await saveSettings({ ...DEFAULT_SETTINGS, pausedEverywhere: true });
    const page = await openPage(life.signal);
    const everywhere = await page.answer({ type: 'get-mentions' });
    expect(everywhere.ok && everywhere.value).toMatchObject({ paused: true });
    await saveSettings({ ...DEFAULT_SETTINGS, pausedSites: [host] });
    await vi.waitFor(async () => {
      const r = await page.answer({ type: 'get-mentions' });
      expect(r.ok && r.value).toMatchObject({ paused: true });
    });
    await saveSettings({ ...DEFAULT_SETTINGS });
    await vi.waitFor(async () => {
      const r = await page.answer({ type: 'get-mentions' });
      expect(r.ok && r.value).toMatchObject({ paused: false });
    });
  });
});
