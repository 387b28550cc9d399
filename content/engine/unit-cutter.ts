import { BLOCKS } from './blocks';
import { isSkipped, SKIPPED } from './never-scanned';
import { ELEMENT, FRAGMENT, TEXT } from './node-types';

/** How many levels down a unit is followed: app shells wrap articles in a dozen single <div>s. */
const MAX_DEPTH = 32;

/** Elements without text of their own that may stand between blocks without joining them. */
const TEXTLESS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'LINK', 'META']);

/**
 * A paragraph is a unit as it is, without looking at its children: the HTML parser closes a paragraph before
 * any block, and one a script filled with blocks is still read right as one unit (the reader breaks at blocks),
 * only in one piece. Looking at the first child of each of 2,900 paragraphs was part of 16 ms of cutting on
 * the bench's 2 MB page (Chromium profile).
 */
const LEAF = 'P';

const NONE: readonly Node[] = [];

/**
 * Cuts a root into block units that can be scanned one by one (names never cross blocks), lazily and in
 * document order: an element whose children are all blocks (white space and text-less media aside) is
 * replaced by its children. A lone block child counts too: body > main > 16,000 paragraphs must become
 * 16,000 units, or the whole 10 MB is scanned in one slice (measured: 160–240 ms in Chromium). Lazy,
 * because cutting a 10 MB page up front took 30–36 ms in Firefox: the cutting now runs inside the slices.
 *
 * `eager`: for a reader that only needs every text read at least once (the first look, which stops at its
 * first candidate). Block children are given as they are found, before the element's other children are
 * looked at; an element that then turns out to have text or inline children of its own is given whole
 * afterwards, and `givenInside` names the blocks in it that were given already, for the reader to pass
 * over. Exact (the default), an element is cut only once all
 * its children are known to be blocks: the engine reads every text once. Why: the first look went through
 * all 2,900 children of the bench page's `<main>` (11 ms, Chromium profile) before reading its first
 * paragraph, which already held a candidate.
 */
export class UnitCutter {
  /**
   * Lists of nodes still to cut, innermost last, each read from its `next` on: an element's blocks are
   * taken up as the list they were collected in (a stack of single nodes copied 2,858 paragraphs of the
   * bench's page into two growing arrays, 66 KB per load). The first list holds the roots.
   */
  private readonly pending: Pending[];
  /**
   * Nodes whose children are being looked at, and how far (16,000 children took 20–30 ms in Firefox): one
   * at a time when exact, nested when eager (a block child is looked into before its next sibling).
   */
  private readonly examining: Examined[] = [];
  /** Eager: the blocks of the unit given last that were given before it (see the class comment). */
  givenInside: readonly Node[] = NONE;

  constructor(
    root: Node,
    private readonly eager = false,
  ) {
    this.pending = [{ nodes: [root], next: 0, depth: 0 }];
  }

  /** Queues another root (an open shadow root met on the way), cut after everything queued so far. */
  add(root: Node): void {
    this.pending[0].nodes.push(root);
  }

  /**
   * The next unit, null when the root is used up, or undefined when `more()` (asked every 1,024 children)
   * said stop before a unit was found; the next call goes on from there.
   */
  next(more: () => boolean = () => true): Node | null | undefined {
    this.givenInside = NONE;
    for (;;) {
      let ex = this.examining[this.examining.length - 1];
      if (!ex) {
        const list = this.pending[this.pending.length - 1];
        if (list.next === list.nodes.length) {
          // The roots' list stays, for roots queued later.
          if (this.pending.length === 1) return null;
          this.pending.pop();
          continue;
        }
        const node = list.nodes[list.next++];
        if (this.open(node, list.depth)) return node;
        continue;
      }
      const verdict = examineChildren(ex, more, this.eager);
      if (verdict === undefined) return undefined;
      if (verdict !== true && verdict !== false) {
        // Eager: a block child, looked into before the next sibling.
        if (this.open(verdict, ex.depth + 1)) return verdict;
        continue;
      }
      this.examining.pop();
      if (!verdict || ex.blocks.length === 0) {
        if (this.eager) this.givenInside = ex.blocks;
        return ex.node;
      }
      // Eager: its blocks are given already.
      if (this.eager) continue;
      // Cut into its blocks: a skipped element (editor, hidden) goes with all of them, so that its units need
      // not look up their ancestors (TextCollector.add).
      if (ex.node.nodeType === ELEMENT && isSkipped(ex.node as Element)) continue;
      this.pending.push({ nodes: ex.blocks, next: 0, depth: ex.depth + 1 });
    }
  }

  /** Starts looking at `node`'s children; true when the node is a unit as it is. */
  private open(node: Node, depth: number): boolean {
    if (depth >= MAX_DEPTH || (node.nodeType !== ELEMENT && node.nodeType !== FRAGMENT)) return true;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      // Eager: a skipped element is given whole (its reader leaves it out) before its blocks could be.
      if (el.tagName === LEAF || (this.eager && isSkipped(el))) return true;
    }
    this.examining.push({ node, depth, child: (node as ParentNode).firstElementChild, texts: false, blocks: [] });
    return false;
  }
}

interface Pending {
  nodes: Node[];
  next: number;
  depth: number;
}

interface Examined {
  node: Node;
  depth: number;
  /** The next child to look at. */
  child: Node | null;
  /** Looking at the text children (after the elements)? */
  texts: boolean;
  blocks: Node[];
}

const NOT_WHITE = /\S/;

/** XPathResult.ANY_UNORDERED_NODE_TYPE. */
const ANY_UNORDERED_NODE = 8;
const textChildQueries = new WeakMap<Document, XPathExpression | null>();

/**
 * A text child with more than white space, asked of the browser's XPath: it looks at the children without
 * giving the script a wrapper for each (the 2,900 white-space text nodes between the paragraphs of the bench
 * page's `<main>`). XPath's white space is narrower than `\s` (a text of no-break spaces counts as text): such
 * an element is then read whole, which is as right, in one piece. Null where there is no XPath (happy-dom).
 */
function textChildQuery(doc: Document): XPathExpression | null {
  let query = textChildQueries.get(doc);
  if (query === undefined) {
    try {
      query = typeof doc.createExpression === 'function' ? doc.createExpression('text()[normalize-space()]') : null;
    } catch {
      query = null;
    }
    textChildQueries.set(doc, query);
  }
  return query;
}

/**
 * Looks at children from `ex.child` on, collecting block children into `ex.blocks`: true when all
 * children are blocks (white space and text-less media aside), false at the first that is not, undefined
 * when `more()` said stop first; `eager`: each block child as soon as it is found. Editors and hidden
 * subtrees are not looked for here (one selector match per element was 25 ms of 16,000 paragraphs): every
 * unit is checked once when it is scanned.
 *
 * Elements first, text children only when every element child is a block: a paragraph is settled by its
 * first element child, or by having none, without touching its text nodes (each node a script touches gets
 * a wrapper of its world; the engine's cutting was 17 ms of the 2 MB bench page in a Chromium profile).
 */
function examineChildren(ex: Examined, more: () => boolean, eager: boolean): boolean | Element | undefined {
  let seen = 0;
  if (!ex.texts) {
    for (let c = ex.child as Element | null; c; c = c.nextElementSibling) {
      if ((++seen & 1023) === 0 && !more()) {
        ex.child = c;
        return undefined;
      }
      const tag = c.tagName;
      if (SKIPPED.has(tag) || TEXTLESS.has(tag)) continue;
      if (!BLOCKS.has(tag)) return false;
      ex.blocks.push(c);
      if (eager) {
        ex.child = c.nextElementSibling;
        return c;
      }
    }
    const parent = ex.node as ParentNode & Node;
    // Without a block child the node is a unit whatever its text; without text children, nothing is left.
    if (ex.blocks.length === 0) return false;
    if (parent.childNodes.length === parent.childElementCount) return true;
    const query = parent.nodeType === ELEMENT ? textChildQuery(parent.ownerDocument!) : null;
    if (query) return query.evaluate(parent, ANY_UNORDERED_NODE).singleNodeValue === null;
    ex.texts = true;
    ex.child = parent.firstChild;
  }
  for (let c = ex.child; c; c = c.nextSibling) {
    if ((++seen & 1023) === 0 && !more()) {
      ex.child = c;
      return undefined;
    }
    if (c.nodeType === TEXT && NOT_WHITE.test((c as Text).data)) return false;
  }
  return true;
}
