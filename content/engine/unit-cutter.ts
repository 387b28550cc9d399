import { BLOCKS } from './blocks';
import { isSkipped, SKIPPED } from './never-scanned';
import { ELEMENT, TEXT } from './node-types';

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
  private examined: Examined | null = null;

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
        const parent = node as ParentNode;
        this.examined = { node, depth, child: parent.firstElementChild, texts: false, blocks: [] };
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

/**
 * Looks at children from `ex.child` on, collecting block children into `ex.blocks`: true when all
 * children are blocks (white space and text-less media aside), false at the first that is not, undefined
 * when `more()` said stop first. Editors and hidden subtrees are not looked for here (one selector match
 * per element was 25 ms of 16,000 paragraphs): every unit is checked once when it is scanned.
 *
 * Elements first, text children only when every element child is a block: a paragraph is settled by its
 * first element child, or by having none, without touching its text nodes (each node a script touches gets
 * a wrapper of its world; the engine's cutting was 17 ms of the 2 MB bench page in a Chromium profile).
 */
function examineChildren(ex: Examined, more: () => boolean): boolean | undefined {
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
    }
    const parent = ex.node as ParentNode & Node;
    // Without a block child the node is a unit whatever its text; without text children, nothing is left.
    if (ex.blocks.length === 0) return false;
    if (parent.childNodes.length === parent.childElementCount) return true;
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
