/**
 * One pass over a subtree's text nodes into a flat string with an offset index, so that a match spanning
 * inline elements („<b>Stephan</b> Weil“) maps back to an exact DOM Range.
 */
import { BLOCKS } from './blocks';
import { isSkipped, inSkippedSubtree, skippedByAttribute, SKIPPED, SKIPPED_BY_ATTRIBUTE } from './never-scanned';
import { ELEMENT, TEXT } from './node-types';

/** Separates blocks in the flat text; not white space, not a letter, so no pattern runs across it. */
export const BLOCK_BREAK = '\u0000';

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. Increasing. */
  starts: number[];
}

/**
 * Collects the text under one or more roots into one index. Editable fields, scripts, styles, templates and
 * `hidden` subtrees are skipped. This is the hot path of every page load, so the traversal is the
 * browser's own TreeWalker (one native call per node, no recursion: 5,000-level deep DOMs are fine); a
 * block break is written when a block (or the next root) starts. Text leaving a block without a new one
 * starting („<p>Stephan</p>Weil“) is joined here and caught by `sameBlock` on the rare matches that span nodes.
 *
 * Resumable: `collect` stops when told to and goes on where it stopped, so that one unit with 100,000
 * inline elements (which cannot be cut into blocks) is read over several slices, not in one 100–400 ms task.
 * Several small units read into one index are matched in one go: per-unit overhead made 3,300 paragraphs
 * cost 20 ms more than one pass (measured in Chromium).
 */
export class TextCollector {
  /** The roots taken so far, in order. */
  readonly roots: Node[] = [];
  // String concatenation builds a rope in V8: measured faster here than collecting parts and joining.
  private text = '';
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private lastWasBreak = true;
  private readonly queue: Node[] = [];
  /** For each queued root: were its ancestors already found not skipped (by the unit cutter)? */
  private readonly queueChecked: boolean[] = [];
  /** For each queued root: are only its elements walked, for open shadow roots (plain-units.ts: onlyShadowRootsCount)? */
  private readonly queueElementsOnly: boolean[] = [];
  private walker: TreeWalker | null = null;
  private node: Node | null = null;
  private attributeSkips: Set<Node> | null = null;
  private readAttributes = false;

  constructor(private readonly onShadowRoot?: (shadow: ShadowRoot) => void) {}

  /**
   * Reads `root` after what is taken so far. `ancestorsChecked`: the root comes from a UnitCutter, which
   * only descends through elements that are not skipped, so only the root's own tag and attributes count
   * (a `closest()` per unit topped a CPU profile of a 2 MB scan; profiles overstate native calls, and the
   * scan's end-to-end time moved within noise).
   */
  add(root: Node, ancestorsChecked = false, elementsOnly = false): void {
    this.roots.push(root);
    this.queue.push(root);
    this.queueChecked.push(ancestorsChecked);
    this.queueElementsOnly.push(elementsOnly);
  }

  /** Characters collected so far. */
  get size(): number {
    return this.text.length;
  }

  /** Reads on until every root is read, or until `more()` (asked every 1,024 nodes) says stop. True when done. */
  collect(more: () => boolean = () => true): boolean {
    let visited = 0;
    for (;;) {
      const walker = this.walker;
      let node = this.node;
      while (walker && node) {
        if ((++visited & 1023) === 0 && !more()) {
          this.node = node;
          return false;
        }
        if (node.nodeType === TEXT) {
          this.take(node as Text);
          node = walker.nextNode();
          continue;
        }
        const tag = (node as Element).tagName;
        if (
          SKIPPED.has(tag) ||
          this.attributeSkips?.has(node) ||
          (this.readAttributes && skippedByAttribute(node as Element))
        ) {
          node = skipSubtree(walker);
          continue;
        }
        if (BLOCKS.has(tag)) this.blockBreak();
        // Open shadow roots are scanned as roots of their own (their text renders apart from the light DOM).
        if (this.onShadowRoot) {
          const shadow = (node as Element).shadowRoot;
          if (shadow) this.onShadowRoot(shadow);
        }
        node = walker.nextNode();
      }
      this.walker = null;
      this.node = null;
      const root = this.queue.shift();
      if (!root) return true;
      this.start(root, this.queueChecked.shift()!, this.queueElementsOnly.shift()!);
    }
  }

  /** What was collected (the whole text once `collect` returned true). */
  get index(): TextIndex {
    return { text: this.text, nodes: this.nodes, starts: this.starts };
  }

  private start(root: Node, ancestorsChecked: boolean, elementsOnly: boolean): void {
    this.blockBreak();
    if (root.nodeType === TEXT) {
      this.take(root as Text);
      return;
    }
    // A scan unit may itself be an editor or hidden: its own attributes count too, not just its descendants'.
    if (ancestorsChecked ? root.nodeType === ELEMENT && isSkipped(root as Element) : inSkippedSubtree(root)) return;
    const doc = root.ownerDocument ?? (root as Document);
    // One native query finds editors and hidden subtrees more cheaply than attribute reads per element,
    // except in a huge flat unit, where the query alone is a long task (about 50 ms over 100,000 children in
    // Firefox): there the walk reads the attributes, slice by slice. A unit of text alone needs neither.
    const parent = root as ParentNode;
    this.readAttributes = parent.childElementCount > 1000;
    const skips =
      this.readAttributes || parent.firstElementChild === null ? null : parent.querySelectorAll(SKIPPED_BY_ATTRIBUTE);
    this.attributeSkips = skips && skips.length > 0 ? new Set(skips) : null;
    this.walker = doc.createTreeWalker(root, elementsOnly ? 0x1 : 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
    // The walker never visits the root itself: a unit can be a shadow host.
    const ownShadow = root.nodeType === ELEMENT ? (root as Element).shadowRoot : null;
    if (this.onShadowRoot && ownShadow) this.onShadowRoot(ownShadow);
    this.node = this.walker.nextNode();
  }

  private take(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.text.length);
    this.text += data;
    this.lastWasBreak = false;
  }

  private blockBreak(): void {
    if (this.lastWasBreak) return;
    this.text += BLOCK_BREAK;
    this.lastWasBreak = true;
  }
}

/** The whole text index of `root` at once (see TextCollector). */
export function buildTextIndex(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextIndex {
  const collector = new TextCollector(onShadowRoot);
  collector.add(root);
  collector.collect();
  return collector.index;
}

/** Moves the walker past the current node's subtree; returns the next node or null. */
export function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}

/** Index into `index.nodes` of the text node holding flat offset `offset`. */
export function nodeIndexAt(index: TextIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range covering flat offsets [start, end), and the text nodes it touches. */
export function rangeFor(doc: Document, index: TextIndex, start: number, end: number): { range: Range; nodes: Text[] } {
  const first = nodeIndexAt(index, start);
  const last = nodeIndexAt(index, end - 1);
  const range = doc.createRange();
  range.setStart(index.nodes[first], start - index.starts[first]);
  range.setEnd(index.nodes[last], end - index.starts[last]);
  return { range, nodes: index.nodes.slice(first, last + 1) };
}
