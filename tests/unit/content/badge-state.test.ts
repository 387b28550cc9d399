import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAUSED_TEXT, tabBadge } from '../../../content/badge-state';

const TAB = 7;
const badgeText = () => fakeBrowser.action.getBadgeText({ tabId: TAB });

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('tab badge', () => {
  it('shows the count a page reported, and nothing once a new page loads', async () => {
    const badge = tabBadge();
    await badge.setState(TAB, { count: 12, paused: false });
    expect(await badgeText()).toBe('12');
    await badge.setState(TAB, { count: 0, paused: false });
    expect(await badgeText()).toBe('');
    await badge.setState(TAB, { count: 3, paused: false });
    await badge.reset(TAB);
    expect(await badgeText()).toBe('');
  });

  it('brings the count back after a „?“, though the MV3 worker restarted in between', async () => {
    await tabBadge().setState(TAB, { count: 3, paused: false });
    // A restarted service worker: the module runs afresh, its memory is gone; storage.session is kept.
    const restarted = tabBadge();
    vi.useFakeTimers();
    const flashed = restarted.flash(TAB, '?', 'Kein bekanntes Zitat', 4000);
    await vi.advanceTimersByTimeAsync(0);
    expect(await badgeText()).toBe('?');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('Kein bekanntes Zitat');
    await vi.advanceTimersByTimeAsync(4000);
    await flashed;
    expect(await badgeText()).toBe('3');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('');
  });

  it('forgets a closed tab', async () => {
    const badge = tabBadge();
    await badge.setState(TAB, { count: 5, paused: false });
    await badge.forget(TAB);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps counts in memory where there is no storage.session', async () => {
    const session = fakeBrowser.storage.session;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      const badge = tabBadge();
      await badge.setState(TAB, { count: 4, paused: false });
      await badge.flash(TAB, '?', '', 0);
      expect(await badgeText()).toBe('4');
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', { value: session, configurable: true });
    }
  });

  it('shows a paused page with the pause sign and its title, and the count again on resume (issue 15)', async () => {
    const badge = tabBadge('Kontextkarten: pausiert');
    await badge.setState(TAB, { count: 6, paused: false });
    await badge.setState(TAB, { count: 0, paused: true });
    expect(await badgeText()).toBe(PAUSED_TEXT);
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('Kontextkarten: pausiert');
    await badge.setState(TAB, { count: 6, paused: false });
    expect(await badgeText()).toBe('6');
  });

  it('shows „Überall pausieren“ on every tab, those whose page never reported too', async () => {
    const badge = tabBadge('pausiert');
    await badge.setState(TAB, { count: 2, paused: false });
    await badge.setPausedEverywhere(true, [TAB]);
    expect(await badgeText()).toBe(PAUSED_TEXT);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_TEXT);
    await badge.setPausedEverywhere(false, [TAB]);
    expect(await badgeText()).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('reads a count kept by the version before (a number alone)', async () => {
    await fakeBrowser.storage.session.set({ [`badge-count:${TAB}`]: 8 });
    const badge = tabBadge();
    await badge.flash(TAB, '?', '', 0);
    expect(await badgeText()).toBe('8');
  });
});
