import { CandidateSniffer } from './engine/candidate-sniffer';
import { idleScheduler, SLICE_MS } from './engine/main-thread';
import { guard } from './error-boundary';

/**
 * Waits, as cheaply as it can, until the page might mention an entity: a sliced text pass over the page
 * once it is first idle (open shadow roots included), then over the text later changes bring (infinite scroll,
 * single-page apps). Most pages never mention one and pay for this alone: the matcher, the settings and
 * the highlights start only on a candidate. Calls `onCandidate` once, then stops; stops earlier when
 * `signal` aborts. Its timer, idle and observer callbacks run in the error boundary.
 */
export function watchForCandidates(doc: Document, signal: AbortSignal, onCandidate: () => void): void {
  if (signal.aborted) return;
  const queue: Node[] = [doc.body ?? doc.documentElement];
  let sniffer: CandidateSniffer | null = null;
  let running = false;
  let stopped = false;

  const stop = () => {
    stopped = true;
    observer.disconnect();
    queue.length = 0;
    sniffer = null;
  };

  const step = () => {
    running = false;
    if (stopped) return;
    const started = performance.now();
    const more = () => performance.now() - started < SLICE_MS;
    while (sniffer || queue.length > 0) {
      if (!sniffer) {
        const root = queue.shift()!;
        if (!root.isConnected) continue;
        sniffer = new CandidateSniffer(root, observe);
      }
      const found = sniffer.run(more);
      if (found === undefined) return schedule(() => setTimeout(later, 0));
      sniffer = null;
      if (found) {
        stop();
        onCandidate();
        return;
      }
    }
  };

  const later = () => guard(step);
  const whenIdle = idleScheduler(doc);

  const schedule = (start: () => void) => {
    if (running) return;
    running = true;
    start();
  };

  const observer = new MutationObserver((records) =>
    guard(() => {
      if (stopped) return;
      for (const r of records) {
        if (r.type === 'characterData') queue.push(r.target);
        else for (const n of r.addedNodes) queue.push(n);
      }
      if (queue.length > 0) schedule(() => whenIdle(later));
    }),
  );
  // Open shadow roots render apart from the light DOM; their changes are watched too.
  const observe = (root: Node) => observer.observe(root, { childList: true, characterData: true, subtree: true });
  observe(doc.documentElement);
  signal.addEventListener('abort', stop, { once: true });
  // The first slice waits for the page's first idle moment (300 ms at the latest), not the load event:
  // Firefox starts document_idle scripts at the load event, just before its own layout and paint of the
  // page, and slices of ours in between added pauses ≥ 50 ms (10 MB hostile page, 5 loads: 9 with us
  // against 6 without; started when idle, three runs: 7/7, 7/9, 8/9).
  schedule(() => whenIdle(later));
}
