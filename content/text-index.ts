/**
 * One pass over a subtree's text nodes into a flat string with an offset index, so that a match spanning
 * inline elements („<b>Stephan</b> Weil“) maps back to an exact DOM Range.
 */
import { SKIPPED } from './never-scanned';

/** Elements that end a run of text: names never continue across them. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL BR'.split(
    ' ',
  ),
);

/** Separates blocks in the flat text; not white space, not a letter, so no pattern runs across it. */
export const BLOCK_BREAK = '\u0000';

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. Increasing. */
  starts: number[];
}

/** Editable regions and `hidden` subtrees, found by one native query instead of attribute reads per element. */
const SKIPPED_BY_ATTRIBUTE = '[hidden], [contenteditable]:not([contenteditable="false"])';

/** The same test as SKIPPED_BY_ATTRIBUTE, on one element. */
function skippedByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Is this element (with its subtree) never scanned? Its ancestors aside. */
function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName) || skippedByAttribute(el);
}

/**
 * Is `node` inside (or itself) a subtree that is never scanned (editor, script, hidden …)? A walk up the
 * ancestors rather than `closest()` with one long selector: the first rescan of a page paid for parsing
 * that selector (its first flush took 0.9–1.2 ms, later ones 0.4–0.7, on the bench's 2 MB page).
 */
export function inSkippedSubtree(node: Node): boolean {
  for (let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

// nodeType values as literals: reading `Node.TEXT_NODE` is a global lookup per node (and an Xray hop in Firefox).
const ELEMENT = 1;
const TEXT = 3;

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
  add(root: Node, ancestorsChecked = false): void {
    this.roots.push(root);
    this.queue.push(root);
    this.queueChecked.push(ancestorsChecked);
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
      this.start(root, this.queueChecked.shift()!);
    }
  }

  /** What was collected (the whole text once `collect` returned true). */
  get index(): TextIndex {
    return { text: this.text, nodes: this.nodes, starts: this.starts };
  }

  private start(root: Node, ancestorsChecked: boolean): void {
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
    this.walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
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
function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}

function blockOf(node: Node): Node | null {
  let n: Node | null = node.parentNode;
  while (n && !(n.nodeType === ELEMENT && BLOCKS.has((n as Element).tagName))) n = n.parentNode;
  return n;
}

/** Do these text nodes (a match's) lie in one block? Names never run across blocks. */
export function sameBlock(nodes: readonly Node[]): boolean {
  if (nodes.length < 2) return true;
  const first = blockOf(nodes[0]);
  for (let i = 1; i < nodes.length; i++) if (blockOf(nodes[i]) !== first) return false;
  return true;
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

/** The nearest block ancestor or shadow root (else `fallback`): the unit a changed text node is rescanned in. */
export function blockContainer(node: Node, fallback: Node): Node {
  let n: Node | null = node.nodeType === ELEMENT ? node : node.parentNode;
  while (n && n !== fallback) {
    if (n.nodeType === ELEMENT && BLOCKS.has((n as Element).tagName)) return n;
    if (n.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */) return n;
    n = n.parentNode;
  }
  return fallback;
}

/** How many levels down a unit is followed: app shells wrap articles in a dozen single <div>s. */
const MAX_DEPTH = 32;

/** Elements without text of their own that may stand between blocks without joining them. */
const TEXTLESS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'LINK', 'META']);

/**
 * Cuts a root into block units that can be scanned one by one (names never cross blocks), lazily and in
 * document order: an element whose children are all blocks (white space and text-less media aside) is
 * replaced by its children. A lone block child counts too: body > main > 16,000 paragraphs must become
 * 16,000 units, or the whole 10 MB is scanned in one slice (measured: 160–240 ms in Chromium). Lazy,
 * because cutting a 10 MB page up front took 30–36 ms in Firefox: the cutting now runs inside the slices.
 */
export class UnitCutter {
  // Parallel stacks instead of [node, depth] pairs: no allocation per node.
  private readonly nodes: Node[];
  private readonly depths: number[] = [0];
  /** A node whose children are being looked at, and how far: 16,000 children took 20–30 ms in Firefox. */
  private examined: { node: Node; depth: number; child: Node | null; blocks: Node[] } | null = null;

  constructor(root: Node) {
    this.nodes = [root];
  }

  /** Queues another root (an open shadow root met on the way), cut after everything queued so far. */
  add(root: Node): void {
    this.nodes.unshift(root);
    this.depths.unshift(0);
  }

  /**
   * The next unit, null when the root is used up, or undefined when `more()` (asked every 1,024 children)
   * said stop before a unit was found; the next call goes on from there.
   */
  next(more: () => boolean = () => true): Node | null | undefined {
    for (;;) {
      if (!this.examined) {
        const node = this.nodes.pop();
        if (node === undefined) return null;
        const depth = this.depths.pop()!;
        if (depth >= MAX_DEPTH || (node.nodeType !== ELEMENT && node.nodeType !== 11)) return node;
        this.examined = { node, depth, child: node.firstChild, blocks: [] };
      }
      const ex = this.examined;
      const verdict = examineChildren(ex, more);
      if (verdict === undefined) return undefined;
      this.examined = null;
      if (!verdict || ex.blocks.length === 0) return ex.node;
      // Cut into its blocks: a skipped element (editor, hidden) goes with all of them, so that its units need
      // not look up their ancestors (TextCollector.add).
      if (ex.node.nodeType === ELEMENT && isSkipped(ex.node as Element)) continue;
      for (let i = ex.blocks.length - 1; i >= 0; i--) {
        this.nodes.push(ex.blocks[i]);
        this.depths.push(ex.depth + 1);
      }
    }
  }
}

/**
 * Looks at children from `ex.child` on, collecting block children into `ex.blocks`: true when all
 * children are blocks (white space and text-less media aside), false at the first that is not, undefined
 * when `more()` said stop first. Editors and hidden subtrees are not looked for here (one selector match
 * per element was 25 ms of 16,000 paragraphs): every unit is checked once when it is scanned.
 */
function examineChildren(ex: { child: Node | null; blocks: Node[] }, more: () => boolean): boolean | undefined {
  let seen = 0;
  for (let c = ex.child; c; c = c.nextSibling) {
    if ((++seen & 1023) === 0 && !more()) {
      ex.child = c;
      return undefined;
    }
    if (c.nodeType === TEXT) {
      if ((c as Text).data.trim() !== '') return false;
    } else if (c.nodeType === ELEMENT) {
      const tag = (c as Element).tagName;
      if (SKIPPED.has(tag) || TEXTLESS.has(tag)) continue;
      if (!BLOCKS.has(tag)) return false;
      ex.blocks.push(c);
    }
  }
  return true;
}
