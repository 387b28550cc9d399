/**
 * How the extension shares the page's main thread: work runs in slices and yields in between, so it
 * never causes a long task (> 50 ms); work that can wait runs when the page is idle.
 */

/** A slice yields to the page after this much work. */
export const SLICE_MS = 8;

/** Runs a task when `doc`'s page is idle (at the latest after 300 ms), or after 50 ms without idle callbacks. */
export function idleScheduler(doc: Document): (task: () => void) => void {
  const win = doc.defaultView;
  if (win && typeof win.requestIdleCallback === 'function')
    return (task) => win.requestIdleCallback(task, { timeout: 300 });
  return (task) => setTimeout(task, 50);
}
