import type { EntityId } from '../dataset';
import type { HighlightRegistry } from './highlight-registry';
import { mapRangeBack, stripInvisible } from './invisible-chars';
import type { Matcher, PageContext } from './matcher';
import { sameBlock } from './blocks';
import { buildTextIndex, rangeFor, type TextIndex } from './text-collector';

export interface MarkResult {
  /** Mentions added. */
  added: number;
  /** The page context learned a new entity: bare names elsewhere may now count. */
  contextGrew: boolean;
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
  onShadowRoot?: (shadow: ShadowRoot) => void,
  accept: (entity: EntityId) => boolean = () => true,
): MarkResult {
  const doc = root.ownerDocument ?? (root as Document);
  return markIndex(doc, buildTextIndex(root, onShadowRoot), matcher, ctx, registry, accept);
}

/**
 * Finds the mentions in a text index of `doc` and registers their ranges. Text nodes the page removed
 * meanwhile (the index may have been read over several slices) are left out.
 */
export function markIndex(
  doc: Document,
  index: TextIndex,
  matcher: Matcher,
  ctx: PageContext,
  registry: HighlightRegistry,
  accept: (entity: EntityId) => boolean = () => true,
): MarkResult {
  if (index.nodes.length === 0) return { added: 0, contextGrew: false };
  const stripped = stripInvisible(index.text);
  const before = ctx.introduced.size;
  const wasRegional = ctx.regional;
  const found = matcher.scan(stripped.text, ctx);
  let added = 0;
  for (const m of found) {
    if (!accept(m.entity)) continue;
    const [start, end] = mapRangeBack(stripped, m.start, m.end);
    const { range, nodes } = rangeFor(doc, index, start, end);
    if (!sameBlock(nodes) || !nodes.every((n) => n.isConnected)) continue;
    registry.add(m.entity, range, nodes);
    added++;
  }
  return { added, contextGrew: ctx.introduced.size > before || ctx.regional !== wasRegional };
}
