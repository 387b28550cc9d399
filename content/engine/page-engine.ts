import { entityById, type EntityId } from '../dataset';
import { DEFAULT_LOOK, kindGroup, type HighlightLook, type KindGroup } from './highlight-looks';
import { HighlightRegistry } from './highlight-registry';
import type { Matcher } from './matcher';
import { createPageContext, type PageContext } from './page-context';
import { afterNextFrame, idleScheduler, SLICE_MS } from './main-thread';
import {
  markIndex,
  markPlainBatch,
  markSubtree,
  PlainBatch,
  registerWaiting,
  takeAccepted,
  waitingNode,
  type WaitingMention,
} from './subtree-marker';
import { onlyShadowRootsCount, plainText } from './plain-units';
import { blockContainer } from './blocks';
import { inSkippedSubtree, isSkipped } from './never-scanned';
import { TextCollector } from './text-collector';
import { UnitCutter } from './unit-cutter';

/** Units are read into one batch up to about this much text, then matched (plain ones text by text). */
const BATCH_CHARS = 32_768;
/** More changed blocks than this in one batch: rescan everything (sliced) instead of block by block. */
const MAX_INCREMENTAL_ROOTS = 200;

export interface PageEngineOptions {
  /** Nodes the extension itself owns (the card host); their mutations never trigger a rescan. */
  isOwnNode: (node: Node) => boolean;
  /** Called after highlights changed. */
  onChange?: () => void;
  /** Runs `task` when the page is idle; defaults to idleScheduler (main-thread.ts). */
  schedule?: (task: () => void) => void;
  /**
   * The error boundary every timer, idle and observer callback of the engine runs in. The engine settles
   * its own state first (a slice that throws still ends its scan), then lets the error reach this.
   */
  guard?: (task: () => void) => void;
  /** The page session's lifetime: when it aborts, the engine stops and removes its highlights. */
  signal?: AbortSignal;
}

/**
 * Keeps the highlights of one document in step with its text: a full scan at start, then incremental
 * rescans of the blocks that mutations touched, batched and run when the page is idle.
 */
export class PageEngine {
  readonly registry: HighlightRegistry;
  private ctx: PageContext = createPageContext();
  /** Candidates found but not yet decided by the page's context (bare surnames before an introduction). */
  private waiting: WaitingMention[] = [];
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private scheduled = false;
  /** Open shadow roots seen so far; each is scanned and observed like the document. */
  private shadowRoots = new Set<ShadowRoot>();
  private kinds: Record<KindGroup, boolean> = { alliance: true, organisation: true, person: true };
  /** Bumped by every full scan and by stop(), so a running sliced scan knows it is stale. */
  private generation = 0;
  private scanDone: Promise<void> = Promise.resolve();
  /** CPU time the last full scan took, summed over its slices (ms). */
  lastScanBusyMs = 0;
  private readonly accept = (id: EntityId): boolean => {
    const e = entityById(id);
    return !!e && this.kinds[kindGroup(e)];
  };

  constructor(
    private readonly doc: Document,
    private readonly matcher: Matcher,
    private readonly options: PageEngineOptions,
  ) {
    this.registry = new HighlightRegistry(doc.defaultView as Window & typeof globalThis, options.guard);
    options.signal?.addEventListener('abort', () => this.guarded(() => this.stop()), { once: true });
  }

  /** Runs a callback the browser calls (timer, idle, observer) inside the error boundary. */
  private guarded(task: () => void): void {
    if (this.options.guard) this.options.guard(task);
    else task();
  }

  /** The reader's look for the marks; applies at once. */
  setLook(look: HighlightLook = DEFAULT_LOOK): void {
    this.registry.setLook(look);
  }

  /** Which kinds of mentions to mark; rescans when it changes. */
  setKinds(kinds: Record<KindGroup, boolean>): void {
    const changed = (Object.keys(kinds) as KindGroup[]).some((k) => kinds[k] !== this.kinds[k]);
    this.kinds = { ...kinds };
    if (changed && this.running) this.scanAll();
  }

  private get root(): Node {
    return this.doc.body ?? this.doc.documentElement;
  }

  /** Resolves when the running full scan has finished (or was superseded). */
  get settled(): Promise<void> {
    return this.scanDone;
  }

  /**
   * Scans the whole document afresh, open shadow roots included. The page is cut into block units that
   * are scanned in slices of at most SLICE_MS, yielding in between. Candidates the context cannot decide
   * yet (a bare surname before the page named the person) wait with their place in the DOM and are decided
   * once, at the end: no text is read twice, so a late introduction costs no more than an early one.
   */
  scanAll(): void {
    if (this.options.signal?.aborted) return;
    const generation = ++this.generation;
    this.registry.clear();
    this.ctx = createPageContext();
    this.waiting = [];
    this.lastScanBusyMs = 0;
    if (this.doc.designMode === 'on') {
      this.options.onChange?.();
      return;
    }
    this.registry.hold();
    const cutter = new UnitCutter(this.root);
    let cut = false;
    const foundShadow = (shadow: ShadowRoot) => {
      cutter.add(shadow);
      cut = false;
      this.observeShadow(shadow);
    };
    /**
     * Units are read into batches, then matched: plain ones by their `textContent`, each text on its own
     * (plain-units.ts, subtree-marker.ts); the others together, read by a walk that resumes across slices (a
     * unit too large for one slice is read on in the next).
     */
    let plain = new PlainBatch();
    let reading = new TextCollector(foundShadow);
    /** At the end: the waiting candidates the page's context accepted, registered over slices (thousands, on a page full of „Müller“). */
    let accepted: WaitingMention[] | null = null;
    let next = 0;
    let slices = 0;
    this.scanDone = new Promise<void>((resolve) => {
      const step = () => {
        try {
          slice();
        } catch (error) {
          // A slice that throws ends its scan: whoever waits on it is answered, the registry is released.
          if (generation === this.generation) this.registry.show();
          resolve();
          throw error;
        }
      };
      const slice = () => {
        // A newer scan (or stop) owns the registry now.
        if (generation !== this.generation) return resolve();
        const started = performance.now();
        const inTime = () => performance.now() - started < SLICE_MS;
        let finished = false;
        // The clock is read every few units, not per unit: 3,300 reads of performance.now() were 11 ms of a
        // 2 MB scan (Chromium profile); a few units are far less than a slice.
        for (let units = 0; (units & 7) !== 0 || inTime(); units++) {
          if (accepted) {
            const end = Math.min(accepted.length, next + 32);
            while (next < end) registerWaiting(this.doc, this.registry, accepted[next++]);
            if (next < accepted.length) continue;
            finished = true;
            break;
          }
          if (!reading.collect(inTime)) break;
          if (!cut && reading.size < BATCH_CHARS && plain.size < BATCH_CHARS) {
            const unit = cutter.next(inTime);
            if (unit === undefined) break; // out of time while cutting; goes on in the next slice
            if (unit) {
              if (unit.nodeType === 1 && isSkipped(unit as Element)) continue;
              const text = plainText(unit);
              if (text === null) reading.add(unit, true, onlyShadowRootsCount(unit));
              else if (text !== '') plain.add(unit, text);
              continue;
            }
            cut = true;
          }
          if (plain.size >= BATCH_CHARS || cut) {
            if (plain.units.length > 0)
              markPlainBatch(this.doc, plain, this.matcher, this.ctx, this.registry, this.waiting, this.accept);
            plain = new PlainBatch();
          }
          if (reading.size >= BATCH_CHARS || cut) {
            if (reading.roots.length > 0)
              markIndex(this.doc, reading.index, this.matcher, this.ctx, this.registry, this.waiting, this.accept);
            reading = new TextCollector(foundShadow);
          }
          if (!cut) continue;
          accepted = takeAccepted(this.ctx, this.waiting);
        }
        this.lastScanBusyMs += performance.now() - started;
        if (!finished) {
          slices++;
          setTimeout(() => this.guarded(step), 0);
          return;
        }
        const show = () => {
          // A newer scan (or stop) owns the registry now.
          if (generation === this.generation) {
            this.registry.show();
            this.options.onChange?.();
          }
          resolve();
        };
        // A scan done in its first slice (a small page, a change of settings) shows at once: no frame without
        // marks. A longer one waits for a frame, so its highlight walk never lands in the page's first frame.
        if (++slices === 1) show();
        else afterNextFrame(this.doc, () => this.guarded(show));
      };
      // Guarded like every later slice: thrown inside the promise's executor, the error would be swallowed.
      this.guarded(step);
    });
  }

  private observeShadow(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.observer?.observe(shadow, { childList: true, characterData: true, subtree: true });
  }

  /** Scans once and follows later changes until `stop()`. */
  start(): void {
    if (this.options.signal?.aborted) return;
    this.observer ??= new MutationObserver((records) => this.guarded(() => this.onMutations(records)));
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true });
    this.scanAll();
  }

  /** Stops observing and removes every highlight. */
  stop(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.waiting = [];
    this.shadowRoots.clear();
    this.registry.clear();
    this.options.onChange?.();
  }

  get running(): boolean {
    return this.observer !== null;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.options.isOwnNode(r.target)) continue;
      if (r.type === 'characterData') this.pending.add(r.target);
      else {
        if (r.removedNodes.length > 0) this.pending.add(r.target);
        for (const n of r.addedNodes) if (!this.options.isOwnNode(n)) this.pending.add(n);
      }
    }
    if (this.pending.size > 0 && !this.scheduled) {
      this.scheduled = true;
      const schedule = this.options.schedule ?? idleScheduler(this.doc);
      schedule(() =>
        this.guarded(() => {
          this.scheduled = false;
          this.flush();
        }),
      );
    }
  }

  /** Rescans the blocks touched since the last flush. */
  flush(): void {
    if (!this.observer) return;
    const root = this.root;
    const blocks = new Set<Node>();
    for (const n of this.pending) if (n.isConnected && !inSkippedSubtree(n)) blocks.add(blockContainer(n, root));
    this.pending.clear();
    // Outermost blocks only (a block inside another is covered by the outer rescan): in document order,
    // keep a block unless the last kept one contains it.
    const roots: Node[] = [];
    const ordered = [...blocks].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    for (const b of ordered) if (!roots.length || !roots[roots.length - 1].contains(b)) roots.push(b);
    // A change this large (a new SPA view) is cheaper, and sliced, as a full scan.
    if (roots.length > MAX_INCREMENTAL_ROOTS) return this.scanAll();
    const changed = (node: Node) => !node.isConnected || roots.some((r) => r.contains(node));
    this.registry.removeWhere((m) => m.range.collapsed || changed(m.range.startContainer));
    this.waiting = this.waiting.filter((w) => !changed(waitingNode(w)));
    let grew = false;
    const queue = [...roots];
    const found = (shadow: ShadowRoot) => {
      if (!this.shadowRoots.has(shadow)) queue.push(shadow);
      this.observeShadow(shadow);
    };
    for (let i = 0; i < queue.length; i++) {
      grew =
        markSubtree(queue[i], this.matcher, this.ctx, this.registry, this.waiting, found, this.accept).contextGrew ||
        grew;
    }
    // New text that introduces a person decides the candidates waiting elsewhere on the page: no rescan.
    if (grew) this.registerSliced(takeAccepted(this.ctx, this.waiting));
    else this.options.onChange?.();
  }

  /** Registers accepted candidates a few hundred per task, then tells onChange. */
  private registerSliced(accepted: WaitingMention[], from = 0): void {
    const generation = this.generation;
    const started = performance.now();
    let i = from;
    while (i < accepted.length) {
      const end = Math.min(accepted.length, i + 32);
      while (i < end) registerWaiting(this.doc, this.registry, accepted[i++]);
      if (performance.now() - started >= SLICE_MS) break;
    }
    if (i < accepted.length) {
      setTimeout(() => this.guarded(() => generation === this.generation && this.registerSliced(accepted, i)), 0);
      return;
    }
    this.options.onChange?.();
  }
}
