/**
 * One pass over a subtree's text nodes into a flat string with an offset index, so that a match spanning
 * inline elements („<b>Stephan</b> Weil“) maps back to an exact DOM Range.
 */

/** Elements whose text is never scanned: code, editors, invisible templates. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'CODE',
  'svg',
  'math',
  'NPA-CARD',
]);

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

function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || el.hasAttribute('hidden')) return true;
  // Attribute check instead of isContentEditable: no style computation per element.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Collects the text under `root`. Editable fields, scripts, styles, templates and `hidden` subtrees are
 * skipped. Iterative (no recursion), so 5,000-level deep DOMs are fine.
 */
export function buildTextIndex(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextIndex {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const pushBreak = () => {
    if (parts.length > 0 && parts[parts.length - 1] !== BLOCK_BREAK) {
      parts.push(BLOCK_BREAK);
      length += 1;
    }
  };
  if (root.nodeType === Node.TEXT_NODE) {
    const t = root as Text;
    return { text: t.data, nodes: [t], starts: [0] };
  }
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkipped(el)) {
        // Open shadow roots are scanned as roots of their own (their text renders apart from the light DOM).
        if (onShadowRoot && el.shadowRoot) onShadowRoot(el.shadowRoot);
        if (BLOCKS.has(el.tagName)) pushBreak();
        descend = el.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && BLOCKS.has((node as Element).tagName)) pushBreak();
    }
    if (!node || node === root) break;
    // Leaving a block element without children (<br>, <hr>, empty <p>).
    if (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName)) pushBreak();
    node = node.nextSibling;
  }
  return { text: parts.join(''), nodes, starts };
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
  let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (n && n !== fallback) {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCKS.has((n as Element).tagName)) return n;
    if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return n;
    n = n.parentNode;
  }
  return fallback;
}
