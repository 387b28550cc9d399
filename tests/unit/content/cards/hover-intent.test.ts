import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../../content/cards/hover-intent';

describe('hover intent', () => {
  let opened: string[];
  let closed: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    intent = new HoverIntent<string>({
      openDelay: 300,
      closeDelay: 300,
      onOpen: (t) => opened.push(t),
      onClose: () => closed++,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on a mention', () => {
    intent.pointerAt('weil');
    vi.advanceTimersByTime(299);
    expect(opened).toEqual([]);
    intent.pointerAt('weil');
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['weil']);
  });

  it('does not open when the pointer only passes over', () => {
    intent.pointerAt('weil');
    vi.advanceTimersByTime(100);
    intent.pointerAt(null);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });

  it('stays open while the pointer travels into the card, closes after leaving it', () => {
    intent.pointerAt('weil');
    vi.advanceTimersByTime(300);
    intent.pointerAt(null);
    vi.advanceTimersByTime(150);
    intent.pointerEnterCard();
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
    expect(intent.current.kind).toBe('idle');
  });

  it('does not flicker between neighbouring mentions', () => {
    intent.pointerAt('weil');
    vi.advanceTimersByTime(300);
    intent.pointerAt('meister');
    vi.advanceTimersByTime(100);
    intent.pointerAt('weil');
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual(['weil']);
    intent.pointerAt('meister');
    vi.advanceTimersByTime(300);
    expect(opened).toEqual(['weil', 'meister']);
    expect(closed).toBe(0);
  });

  it('closes at once on Esc and opens at once for keyboard users', () => {
    intent.openNow('weil');
    expect(opened).toEqual(['weil']);
    intent.close();
    expect(closed).toBe(1);
    intent.close();
    expect(closed).toBe(1);
  });

  it('returning to the mention cancels the pending close', () => {
    intent.pointerAt('weil');
    vi.advanceTimersByTime(300);
    intent.pointerAt(null);
    vi.advanceTimersByTime(200);
    intent.pointerAt('weil');
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
  });

  it('a card closed with the pointer on it (its own × button) leaves no pointer behind for the next card', () => {
    intent.pointerAt('weil');
    vi.advanceTimersByTime(300);
    intent.pointerEnterCard();
    intent.close(); // the card went without a pointerleave
    intent.pointerAt('meister');
    vi.advanceTimersByTime(300);
    expect(opened).toEqual(['weil', 'meister']);
    intent.pointerAt(null);
    vi.advanceTimersByTime(300);
    expect(closed).toBe(2);
  });
});
