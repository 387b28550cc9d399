import { entityById, type EntityId } from '../dataset';
import { DEFAULT_LOOK, kindGroup, overlayName, type HighlightLook } from './highlight-looks';
import { MentionWindow, WINDOW_FROM } from './highlight-window';

/** One highlighted mention. */
export interface MarkedMention {
  entity: EntityId;
  range: Range;
}

/** The outermost node of `node`'s tree in the document: itself, or the shadow host(s) around it. */
function inDocument(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = n.getRootNode()) {
    n = (root as ShadowRoot).host;
  }
  return n;
}

/**
 * Document order of two mentions. compareBoundaryPoints throws for ranges in different trees (a mention in
 * an open shadow root and one outside), so those compare by their hosts' positions.
 */
export function compareMentions(a: MarkedMention, b: MarkedMention): number {
  if (a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()) {
    return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  }
  const x = inDocument(a.range.startContainer);
  const y = inDocument(b.range.startContainer);
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** Files `mention` under each text node its range touches, from its start to its end container. */
function index(byNode: Map<Node, MarkedMention[]>, mention: MarkedMention): void {
  const { startContainer: first, endContainer: last } = mention.range;
  // Ranges are set on text nodes; one that now ends on an element lost its text to a page change (and is
  // dropped with the change): under no text node.
  if (first.nodeType !== 3 || last.nodeType !== 3) return;
  for (let n: Node | null = first; n;) {
    if (n.nodeType === 3 /* TEXT_NODE */) {
      const list = byNode.get(n);
      if (list) list.push(mention);
      else byNode.set(n, [mention]);
    }
    if (n === last) return;
    // Depth first, in document order, up to the end container (a range's end always follows its start).
    let next: Node | null = n.firstChild;
    while (!next && n) {
      next = n.nextSibling;
      if (!next) n = n.parentNode;
    }
    n = next;
  }
}

/** The name under which an entity's ranges are registered in `CSS.highlights` (design.md contract). */
export const highlightName = (entity: EntityId) => `npa-${entity}`;

interface Slot {
  highlight: Highlight;
  mentions: Set<MarkedMention>;
  /** The overlay name for the current look, or null. */
  overlay: string | null;
}

/**
 * Our own index of highlight ranges. Firefox content scripts cannot iterate `CSS.highlights` or a
 * `Highlight` (Xray wrappers), so we only ever call set/delete/add/clear and keep the truth here.
 */
export class HighlightRegistry {
  private readonly byEntity = new Map<EntityId, Slot>();
  /**
   * Every text node a mention touches → the mentions there (for hit-testing), built at the first question
   * and kept up to date from then on. Why not at every add: a page reports its mentions long before the
   * reader points at one, and most pages are left unpointed; building the index took a Map entry and an
   * array per mention during the scan. Built at the first question: 2 ms for the 2,597 mentions of the
   * bench's page of common names, 8–11 ms for the 31,727 of its 2,000-paragraph page (Chromium page world).
   */
  private byNode: Map<Node, MarkedMention[]> | null = null;
  private readonly overlays = new Map<string, Highlight>();
  private readonly supported: boolean;
  private look: HighlightLook = DEFAULT_LOOK;
  /** While held, highlights are built but not registered with the page (see `hold`). */
  private held = false;
  /** On a page with more than WINDOW_FROM mentions: which are near the visible area (highlight-window.ts). */
  private window: MentionWindow<MarkedMention> | null = null;
  /** How many mentions there are (the sum of the slots' sizes, kept as they change: asked on every add). */
  private count = 0;

  /** `guard`: the error boundary the window's observer callback runs in. */
  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly guard: (task: () => void) => void = (task) => task(),
  ) {
    this.supported = typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
  }

  add(entity: EntityId, range: Range): MarkedMention {
    const mention: MarkedMention = { entity, range };
    const slot = this.byEntity.get(entity) ?? this.createSlot(entity);
    slot.mentions.add(mention);
    if (this.window) this.window.track(mention);
    else if (this.supported) this.paintIn(slot, range);
    if (this.byNode) index(this.byNode, mention);
    this.count++;
    // The window opens as soon as the line is crossed, during a held scan too: opened at show(), it took up
    // all of the 2,000-paragraph bench page's 31,727 mentions in one task (30–51 ms in Chromium traces).
    if (!this.window && this.supported && this.count > WINDOW_FROM) this.openWindow();
    return mention;
  }

  /** Registers these mentions' ranges with the browser. */
  private paint(mentions: readonly MarkedMention[]): void {
    for (let i = 0; i < mentions.length; i++) this.paintOne(mentions[i]);
  }

  private paintOne(m: MarkedMention): void {
    const slot = this.byEntity.get(m.entity);
    if (slot?.mentions.has(m)) this.paintIn(slot, m.range);
  }

  /** Adds one range to its entity's highlight and its overlay. */
  private paintIn(slot: Slot, range: Range): void {
    slot.highlight.add(range);
    if (slot.overlay) this.overlay(slot.overlay).add(range);
  }

  /** Takes these mentions' ranges out of the browser's highlights (they stay in the index). */
  private unpaint(mentions: readonly MarkedMention[]): void {
    for (const m of mentions) {
      const slot = this.byEntity.get(m.entity);
      if (slot) this.unpaintIn(slot, m.range);
    }
  }

  /** Takes one range out of its entity's highlight and its overlay. */
  private unpaintIn(slot: Slot, range: Range): void {
    slot.highlight.delete(range);
    if (slot.overlay) this.overlays.get(slot.overlay)?.delete(range);
  }

  /** From now on only mentions near the visible area are registered (highlight-window.ts). */
  private openWindow(): void {
    if (typeof this.win.IntersectionObserver !== 'function') return;
    for (const slot of this.byEntity.values()) slot.highlight.clear();
    for (const overlay of this.overlays.values()) overlay.clear();
    const mentionWindow = new MentionWindow<MarkedMention>(
      this.win,
      (ms) => this.paint(ms),
      (ms) => this.unpaint(ms),
      this.guard,
    );
    this.window = mentionWindow;
    for (const slot of this.byEntity.values()) for (const m of slot.mentions) mentionWindow.track(m);
  }

  /** Removes every mention for which `drop` returns true. */
  removeWhere(drop: (m: MarkedMention) => boolean): void {
    let removed = 0;
    for (const [entity, slot] of this.byEntity) {
      for (const m of slot.mentions) {
        if (!drop(m)) continue;
        removed++;
        this.count--;
        slot.mentions.delete(m);
        this.window?.untrack(m);
        if (this.supported) this.unpaintIn(slot, m.range);
      }
      if (slot.mentions.size === 0) {
        this.byEntity.delete(entity);
        if (this.supported) this.win.CSS.highlights.delete(highlightName(entity));
      }
    }
    // Most rescans drop nothing (new text, old marks elsewhere): then the node index stays as it is.
    if (removed === 0 || !this.byNode) return;
    for (const [node, list] of this.byNode) {
      const kept = list.filter((m) => this.byEntity.get(m.entity)?.mentions.has(m));
      if (kept.length === 0) this.byNode.delete(node);
      else if (kept.length !== list.length) this.byNode.set(node, kept);
    }
  }

  /** Forgets every mention (and a hold). */
  clear(): void {
    // The window first: nothing is left to follow, so no mention needs to be untracked one by one.
    this.window?.disconnect();
    this.window = null;
    this.removeWhere(() => true);
    this.dropOverlays();
    this.held = false;
  }

  /**
   * Builds highlights without showing them until `show()`. Every change to a registered highlight makes
   * the browser walk the whole page before the next paint (Chromium: 20–30 ms per frame on a 10 MB page,
   * measured), so a sliced full scan shows its result once, at the end.
   */
  hold(): void {
    this.held = true;
  }

  /** Registers everything built while held. */
  show(): void {
    if (!this.held) return;
    this.held = false;
    if (!this.supported) return;
    if (!this.window && this.size > WINDOW_FROM) this.openWindow();
    if (this.look.style !== 'off') {
      for (const [entity, slot] of this.byEntity) this.win.CSS.highlights.set(highlightName(entity), slot.highlight);
    }
    for (const [name, highlight] of this.overlays) this.win.CSS.highlights.set(name, highlight);
  }

  /**
   * Applies the reader's look: `off` unregisters the visible highlights (our index stays, so keyboard
   * and cards keep working); other looks move the same ranges into overlay highlights.
   */
  setLook(look: HighlightLook): void {
    this.look = look;
    this.dropOverlays();
    for (const [entity, slot] of this.byEntity) {
      slot.overlay = this.overlayFor(entity);
      if (!this.supported) continue;
      if (look.style === 'off') this.win.CSS.highlights.delete(highlightName(entity));
      else if (!this.held) this.win.CSS.highlights.set(highlightName(entity), slot.highlight);
      if (slot.overlay) {
        const overlay = this.overlay(slot.overlay);
        for (const m of slot.mentions) if (!this.window || this.window.isNear(m)) overlay.add(m.range);
      }
    }
  }

  /** Mentions touching this text node. */
  at(node: Node): readonly MarkedMention[] {
    if (!this.byNode) {
      const byNode = new Map<Node, MarkedMention[]>();
      for (const slot of this.byEntity.values()) for (const m of slot.mentions) index(byNode, m);
      this.byNode = byNode;
    }
    return this.byNode.get(node) ?? [];
  }

  /** All mentions, in document order. */
  all(): MarkedMention[] {
    const list = [...this.byEntity.values()].flatMap((s) => [...s.mentions]);
    return list.sort(compareMentions);
  }

  get size(): number {
    return this.count;
  }

  private createSlot(entity: EntityId): Slot {
    const highlight = this.supported ? new this.win.Highlight() : (null as unknown as Highlight);
    const slot: Slot = { highlight, mentions: new Set(), overlay: this.overlayFor(entity) };
    this.byEntity.set(entity, slot);
    if (this.supported && !this.held && this.look.style !== 'off') {
      this.win.CSS.highlights.set(highlightName(entity), highlight);
    }
    return slot;
  }

  private overlayFor(entity: EntityId): string | null {
    const e = entityById(entity);
    return e ? overlayName(this.look, kindGroup(e)) : null;
  }

  private overlay(name: string): Highlight {
    let h = this.overlays.get(name);
    if (!h) {
      h = new this.win.Highlight();
      // Above the npa-* default look, so the reader's look is what shows.
      h.priority = 1;
      this.overlays.set(name, h);
      if (!this.held) this.win.CSS.highlights.set(name, h);
    }
    return h;
  }

  private dropOverlays(): void {
    if (this.supported) for (const name of this.overlays.keys()) this.win.CSS.highlights.delete(name);
    this.overlays.clear();
  }
}
