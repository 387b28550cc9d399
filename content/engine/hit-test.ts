import type { HighlightRegistry, MarkedMention } from './highlight-registry';

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function inRects(rects: DOMRectList, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The mention under the point (client coordinates), or null. Highlights are not elements, so we ask the
 * caret position and look up our range index for that text node; the glyph rects must contain the point,
 * so white space beside a mention does nothing. Where mentions nest („NLT“ in „NLT-Hauptgeschäftsführer …“),
 * the innermost wins.
 */
export function mentionAtPoint(doc: Document, registry: HighlightRegistry, x: number, y: number): MarkedMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const candidates = registry.at(caret.node);
  if (candidates.length === 0) return null;
  let best: MarkedMention | null = null;
  let bestLength = Infinity;
  for (const m of candidates) {
    if (!m.range.isPointInRange(caret.node, caret.offset)) continue;
    if (!inRects(m.range.getClientRects(), x, y)) continue;
    if (candidates.length === 1) return m;
    // Only nested mentions need comparing; the string is built on that rare path alone.
    const length = m.range.toString().length;
    if (length < bestLength) {
      best = m;
      bestLength = length;
    }
  }
  return best;
}
