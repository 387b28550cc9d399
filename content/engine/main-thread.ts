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

/**
 * Runs `task` after the page's next frame has been rendered (or after 1 s where no frame comes: a tab in the
 * background renders none). Registering highlights costs the browser a whole-page paint walk; done before the
 * page's first frame after load, that walk lands in the same frame as the page's own first paint, and on a
 * 10 MB page the two made one 50–55 ms task (Chromium trace); a frame apart, each stays short.
 */
export function afterNextFrame(doc: Document, task: () => void): void {
  const win = doc.defaultView;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  if (win && typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 1000);
}
