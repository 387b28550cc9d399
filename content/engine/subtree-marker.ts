import type { EntityId } from '../dataset';
import { sameBlock } from './blocks';
import type { HighlightRegistry } from './highlight-registry';
import { mapRangeBack, stripInvisible } from './invisible-chars';
import type { Candidate, Matcher } from './matcher';
import { decide, learn, type PageContext } from './page-context';
import { buildTextIndex, nodeIndexAt, rangeFor, type TextIndex } from './text-collector';

export interface MarkResult {
  /** Mentions added. */
  added: number;
  /** The page context learned something: candidates waiting elsewhere may count now. */
  contextGrew: boolean;
}

/**
 * A candidate the page's context has not decided yet (a bare surname before the page named the person),
 * kept by its place in the DOM, not as a live Range: a page can hold thousands („Müller“), and every live
 * Range costs the browser work on each DOM change. Decided when the context grows, without reading any
 * text again.
 */
export interface WaitingMention extends Candidate {
  /** The text nodes the candidate spans, first to last. */
  nodes: Text[];
  startOffset: number;
  endOffset: number;
}

/**
 * Finds the mentions under `root` and registers their ranges. Does not touch the DOM.
 * `onShadowRoot` is told about open shadow roots met on the way (they are not scanned here).
 */
export function markSubtree(
  root: Node,
  matcher: Matcher,
  ctx: PageContext,
  registry: HighlightRegistry,
  waiting: WaitingMention[] = [],
  onShadowRoot?: (shadow: ShadowRoot) => void,
  accept: (entity: EntityId) => boolean = () => true,
): MarkResult {
  const doc = root.ownerDocument ?? (root as Document);
  return markIndex(doc, buildTextIndex(root, onShadowRoot), matcher, ctx, registry, waiting, accept);
}

/**
 * Finds the mentions in a text index of `doc` and registers their ranges; candidates the context cannot
 * decide yet go to `waiting`. Text nodes the page removed meanwhile (the index may have been read over
 * several slices) are left out.
 */
export function markIndex(
  doc: Document,
  index: TextIndex,
  matcher: Matcher,
  ctx: PageContext,
  registry: HighlightRegistry,
  waiting: WaitingMention[],
  accept: (entity: EntityId) => boolean = () => true,
): MarkResult {
  if (index.nodes.length === 0) return { added: 0, contextGrew: false };
  const stripped = stripInvisible(index.text);
  const before = ctx.introduced.size;
  const wasRegional = ctx.regional;
  const { candidates, regional } = matcher.find(stripped.text);
  if (candidates.length === 0 && (!regional || wasRegional)) return { added: 0, contextGrew: false };
  learn(ctx, candidates, regional);
  const decided = decide(ctx, candidates);
  let added = 0;
  for (const m of decided.accepted) {
    if (!accept(m.entity)) continue;
    const [start, end] = stripped.map ? mapRangeBack(stripped, m.start, m.end) : [m.start, m.end];
    const { range, nodes } = rangeFor(doc, index, start, end);
    if (!sameBlock(nodes) || !nodes.every((n) => n.isConnected)) continue;
    registry.add(m.entity, range, nodes);
    added++;
  }
  for (const m of decided.waiting) {
    if (!accept(m.entity)) continue;
    const [start, end] = stripped.map ? mapRangeBack(stripped, m.start, m.end) : [m.start, m.end];
    const first = nodeIndexAt(index, start);
    const last = nodeIndexAt(index, end - 1);
    const nodes = index.nodes.slice(first, last + 1);
    if (!sameBlock(nodes)) continue;
    waiting.push({
      ...m,
      nodes,
      startOffset: start - index.starts[first],
      endOffset: end - index.starts[last],
    });
  }
  return { added, contextGrew: ctx.introduced.size > before || ctx.regional !== wasRegional };
}

/**
 * Registers the waiting candidates the context accepts now and keeps the others in `waiting`. A candidate
 * whose text the page removed or shortened meanwhile is dropped. Returns how many were added.
 */
export function markWaiting(doc: Document, ctx: PageContext, registry: HighlightRegistry, waiting: WaitingMention[]): number {
  if (waiting.length === 0) return 0;
  const { accepted, waiting: still } = decide(ctx, waiting);
  waiting.length = 0;
  for (const w of still) waiting.push(w);
  let added = 0;
  for (const m of accepted) {
    const first = m.nodes[0];
    const last = m.nodes[m.nodes.length - 1];
    if (!m.nodes.every((n) => n.isConnected) || first.data.length < m.startOffset || last.data.length < m.endOffset) continue;
    const range = doc.createRange();
    range.setStart(first, m.startOffset);
    range.setEnd(last, m.endOffset);
    registry.add(m.entity, range, m.nodes);
    added++;
  }
  return added;
}
