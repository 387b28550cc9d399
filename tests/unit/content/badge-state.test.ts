import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tabBadge } from '../../../content/badge-state';

const TAB = 7;
const badgeText = () => fakeBrowser.action.getBadgeText({ tabId: TAB });

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('tab badge', () => {
  it('shows the count a page reported, and nothing once a new page loads', async () => {
    const badge = tabBadge();
    await badge.setCount(TAB, 12);
    expect(await badgeText()).toBe('12');
    await badge.setCount(TAB, 0);
    expect(await badgeText()).toBe('');
    await badge.setCount(TAB, 3);
    await badge.reset(TAB);
    expect(await badgeText()).toBe('');
  });

  it('brings the count back after a „?“, though the MV3 worker restarted in between', async () => {
    await tabBadge().setCount(TAB, 3);
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
    await badge.setCount(TAB, 5);
    await badge.forget(TAB);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps counts in memory where there is no storage.session', async () => {
    const session = fakeBrowser.storage.session;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      const badge = tabBadge();
      await badge.setCount(TAB, 4);
      await badge.flash(TAB, '?', '', 0);
      expect(await badgeText()).toBe('4');
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', { value: session, configurable: true });
    }
  });
});
