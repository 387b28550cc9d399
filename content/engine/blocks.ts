/** Block elements: names never run across them, and the page is cut into units along them. */
import { ELEMENT, FRAGMENT } from './node-types';

/** Elements that end a run of text: names never continue across them. */
export const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL BR'.split(
    ' ',
  ),
);

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

/** The nearest block ancestor or shadow root (else `fallback`): the unit a changed text node is rescanned in. */
export function blockContainer(node: Node, fallback: Node): Node {
  let n: Node | null = node.nodeType === ELEMENT ? node : node.parentNode;
  while (n && n !== fallback) {
    if (n.nodeType === ELEMENT && BLOCKS.has((n as Element).tagName)) return n;
    if (n.nodeType === FRAGMENT) return n;
    n = n.parentNode;
  }
  return fallback;
}
