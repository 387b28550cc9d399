import { entityById, type EntityId } from './dataset';
import { DEFAULT_LOOK, kindGroup, type HighlightLook, type KindGroup } from './highlight-looks';
import { HighlightRegistry } from './highlight-registry';
import { createPageContext, type Matcher, type PageContext } from './matcher';
import { markSubtree } from './subtree-marker';
import { blockContainer } from './text-index';

export interface PageEngineOptions {
  /** Nodes the extension itself owns (the card host); their mutations never trigger a rescan. */
  isOwnNode: (node: Node) => boolean;
  /** Called after highlights changed. */
  onChange?: () => void;
  /** Runs `task` when the page is idle; defaults to requestIdleCallback with a timeout. */
  schedule?: (task: () => void) => void;
}

/**
 * Keeps the highlights of one document in step with its text: a full scan at start, then incremental
 * rescans of the blocks that mutations touched, batched and run when the page is idle.
 */
export class PageEngine {
  readonly registry: HighlightRegistry;
  private ctx: PageContext = createPageContext();
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private scheduled = false;
  /** Open shadow roots seen so far; each is scanned and observed like the document. */
  private shadowRoots = new Set<ShadowRoot>();
  private kinds: Record<KindGroup, boolean> = { alliance: true, organisation: true, person: true };
  private readonly accept = (id: EntityId): boolean => {
    const e = entityById(id);
    return !!e && this.kinds[kindGroup(e)];
  };

  constructor(
    private readonly doc: Document,
    private readonly matcher: Matcher,
    private readonly options: PageEngineOptions,
  ) {
    this.registry = new HighlightRegistry(doc.defaultView as Window & typeof globalThis);
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

  /** Scans the whole document afresh, open shadow roots included. */
  scanAll(): void {
    this.registry.clear();
    this.ctx = createPageContext();
    if (this.doc.designMode !== 'on') {
      const queue: Node[] = [this.root];
      const found = (shadow: ShadowRoot) => {
        queue.push(shadow);
        this.observeShadow(shadow);
      };
      for (let i = 0; i < queue.length; i++)
        markSubtree(queue[i], this.matcher, this.ctx, this.registry, found, this.accept);
    }
    this.options.onChange?.();
  }

  private observeShadow(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.observer?.observe(shadow, { childList: true, characterData: true, subtree: true });
  }

  /** Scans once and follows later changes until `stop()`. */
  start(): void {
    this.observer ??= new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true });
    this.scanAll();
  }

  /** Stops observing and removes every highlight. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
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
      const schedule = this.options.schedule ?? defaultSchedule(this.doc);
      schedule(() => {
        this.scheduled = false;
        this.flush();
      });
    }
  }

  /** Rescans the blocks touched since the last flush. */
  flush(): void {
    if (!this.observer) return;
    const root = this.root;
    const blocks = new Set<Node>();
    for (const n of this.pending) if (n.isConnected) blocks.add(blockContainer(n, root));
    this.pending.clear();
    // Outermost blocks only: a block inside another one is covered by the outer rescan.
    const roots = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
    this.registry.removeWhere((m) => {
      const node = m.range.startContainer;
      return !node.isConnected || m.range.collapsed || roots.some((r) => r.contains(node));
    });
    let grew = false;
    const queue = [...roots];
    const found = (shadow: ShadowRoot) => {
      if (!this.shadowRoots.has(shadow)) queue.push(shadow);
      this.observeShadow(shadow);
    };
    for (let i = 0; i < queue.length; i++) {
      grew = markSubtree(queue[i], this.matcher, this.ctx, this.registry, found, this.accept).contextGrew || grew;
    }
    if (grew) this.scanAll();
    else this.options.onChange?.();
  }
}

function defaultSchedule(doc: Document): (task: () => void) => void {
  const win = doc.defaultView;
  if (win && typeof win.requestIdleCallback === 'function')
    return (task) => win.requestIdleCallback(task, { timeout: 300 });
  return (task) => setTimeout(task, 50);
}
