import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, idleScheduler, SLICE_MS } from '../../../../content/engine/main-thread';

/** A document whose window is `win` (all idleScheduler reads of it). */
const docWith = (win: object | null) => ({ defaultView: win }) as unknown as Document;

afterEach(() => {
  vi.useRealTimers();
});

describe('main thread', () => {
  it('keeps a slice well below a long task (50 ms)', () => {
    expect(SLICE_MS).toBeGreaterThan(0);
    expect(SLICE_MS).toBeLessThanOrEqual(16);
  });

  it('runs a task in an idle callback, at the latest after 300 ms, when the window has them', () => {
    vi.useFakeTimers();
    const requestIdleCallback = vi.fn();
    const schedule = idleScheduler(docWith({ requestIdleCallback }));
    const task = vi.fn();
    schedule(task);
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    expect(requestIdleCallback).toHaveBeenCalledWith(task, { timeout: 300 });
    // Not run before the browser calls back, and no timer stands in for it.
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    requestIdleCallback.mock.calls[0][0]();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('calls requestIdleCallback on its window (a method of the page’s window, not a loose function)', () => {
    const win = {
      requestIdleCallback(this: unknown, task: () => void) {
        expect(this).toBe(win);
        task();
        return 1;
      },
    };
    const task = vi.fn();
    idleScheduler(docWith(win))(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it.each<[string, object | null]>([
    ['a window without idle callbacks', {}],
    ['a window whose requestIdleCallback is not a function', { requestIdleCallback: true }],
    ['a document without a window', null],
  ])('runs a task after 50 ms on %s', (_, win) => {
    vi.useFakeTimers();
    const schedule = idleScheduler(docWith(win));
    const task = vi.fn();
    schedule(task);
    schedule(task);
    vi.advanceTimersByTime(49);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe('afterNextFrame', () => {
  afterEach(() => vi.useRealTimers());

  it('runs the task once, after the next frame', () => {
    vi.useFakeTimers();
    let frame: (() => void) | null = null;
    const task = vi.fn();
    afterNextFrame(docWith({ requestAnimationFrame: (cb: () => void) => (frame = cb) }), task);
    vi.advanceTimersByTime(500);
    expect(task).not.toHaveBeenCalled();
    frame!();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000); // the fallback does not run it again
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs it after 1 s where no frame comes (a tab in the background)', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    afterNextFrame(docWith({ requestAnimationFrame: () => 0 }), task);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
