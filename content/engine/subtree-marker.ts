import type { EntityId } from '../dataset';
import { sameBlock } from './blocks';
import type { HighlightRegistry } from './highlight-registry';
import { endBack, hasInvisible, startBack, stripInvisible } from './invisible-chars';
import { NO_CANDIDATES, type Candidate, type Matcher } from './matcher';
import { acceptsAll, acceptsNone, decide, learn, type PageContext } from './page-context';
import { locateInUnit, UnitWalk } from './plain-units';
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
  /**
   * The text nodes and offsets, or, in a plain unit, the unit and the map from the matched text back to the
   * unit's text (the nodes are looked up when decided); one place shared by the unit's waiting candidates.
   */
  place: NodesPlace | UnitText;
}

/** Text nodes read by a walk (a unit that is not plain), and the offsets in the first and the last. */
interface NodesPlace {
  nodes: Text[];
  startOffset: number;
  endOffset: number;
}

/** A plain unit and the map of its matched text (invisible characters removed) back to its `textContent`. */
interface UnitText {
  unit: Node;
  map: Int32Array | null;
}

/** The node a waiting candidate starts in (or its unit): what a change of the page must not have touched. */
export const waitingNode = (w: WaitingMention): Node => ('unit' in w.place ? w.place.unit : w.place.nodes[0]);

/**
 * Plain units and their texts (see plain-units.ts), matched one by one. Not joined into one string: a regular
 * expression flattens a joined string first, a copy of all the page's text (4 MB of the 2 MB bench page in
 * a Chromium allocation profile, and most of its 41 ms of garbage collection). Each `textContent` is flat
 * already.
 */
export class PlainBatch {
  readonly units: Node[] = [];
  readonly texts: string[] = [];
  size = 0;

  add(unit: Node, text: string): void {
    this.units.push(unit);
    this.texts.push(text);
    this.size += text.length;
  }
}

interface Decided {
  /** From the offsets of the matched text to the original's (invisible characters removed); null when none were. */
  map: Int32Array | null;
  accepted: readonly Candidate[];
  waiting: readonly Candidate[];
  contextGrew: boolean;
}
// Most texts hold no candidate: one shared answer each, no object per paragraph.
const NOTHING: Decided = Object.freeze({
  map: null,
  accepted: NO_CANDIDATES,
  waiting: NO_CANDIDATES,
  contextGrew: false,
});
const NEW_REGION: Decided = Object.freeze({ ...NOTHING, contextGrew: true });

/** Matches one text and lets the page context decide: the accepted candidates, and the waiting ones. */
function findAndDecide(text: string, matcher: Matcher, ctx: PageContext): Decided {
  // Most texts hold no invisible character: then no stripped copy and no object for it.
  const stripped = hasInvisible(text) ? stripInvisible(text) : null;
  const before = ctx.introduced.size;
  const wasRegional = ctx.regional;
  const { candidates, regional } = matcher.find(stripped ? stripped.text : text);
  if (candidates.length === 0) {
    if (!regional || wasRegional) return NOTHING;
    ctx.regional = true;
    return NEW_REGION;
  }
  learn(ctx, candidates, regional);
  const contextGrew = ctx.introduced.size > before || ctx.regional !== wasRegional;
  const map = stripped ? stripped.map : null;
  if (acceptsAll(ctx, candidates)) return { map, accepted: candidates, waiting: NO_CANDIDATES, contextGrew };
  if (acceptsNone(ctx, candidates)) return { map, accepted: NO_CANDIDATES, waiting: candidates, contextGrew };
  const { accepted, waiting } = decide(ctx, candidates);
  return { map, accepted, waiting, contextGrew };
}

/**
 * Finds the mentions in a batch of plain units and registers their ranges; the nodes are looked up only
 * for the mentions. Candidates the context cannot decide yet go to `waiting`, by unit and offsets.
 */
export function markPlainBatch(
  doc: Document,
  batch: PlainBatch,
  matcher: Matcher,
  ctx: PageContext,
  registry: HighlightRegistry,
  waiting: WaitingMention[],
  accept: (entity: EntityId) => boolean = () => true,
): MarkResult {
  let added = 0;
  let contextGrew = false;
  let walk: UnitWalk | null = null;
  for (let u = 0; u < batch.units.length; u++) {
    const found = findAndDecide(batch.texts[u], matcher, ctx);
    contextGrew ||= found.contextGrew;
    if (found.accepted.length === 0 && found.waiting.length === 0) continue;
    const unit = batch.units[u];
    const { map } = found;
    // Read in an earlier slice, the unit may be gone: one question for all its mentions.
    const connected = found.accepted.length > 0 && unit.isConnected;
    if (connected) {
      // One walk over the unit's nodes for all its mentions: they come in text order.
      if (walk) walk.reset(unit);
      else walk = new UnitWalk(unit);
      for (let i = 0; i < found.accepted.length; i++) {
        const m = found.accepted[i];
        if (!accept(m.entity) || !walk.locate(startBack(map, m.start), endBack(map, m.end))) continue;
        addRange(doc, registry, m.entity, walk.start, walk.startOffset, walk.end, walk.endOffset);
        added++;
      }
    }
    let place: UnitText | null = null;
    for (let i = 0; i < found.waiting.length; i++) {
      const m = found.waiting[i];
      if (!accept(m.entity)) continue;
      place ??= { unit, map };
      waiting.push({ entity: m.entity, kind: m.kind, start: m.start, end: m.end, place });
    }
  }
  return { added, contextGrew };
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
  const { map, contextGrew, accepted, waiting: undecided } = findAndDecide(index.text, matcher, ctx);
  let added = 0;
  for (let i = 0; i < accepted.length; i++) {
    const m = accepted[i];
    if (!accept(m.entity)) continue;
    const { range, nodes } = rangeFor(doc, index, startBack(map, m.start), endBack(map, m.end));
    if (!sameBlock(nodes) || !allConnected(nodes)) continue;
    registry.add(m.entity, range);
    added++;
  }
  for (let i = 0; i < undecided.length; i++) {
    const m = undecided[i];
    if (!accept(m.entity)) continue;
    const start = startBack(map, m.start);
    const end = endBack(map, m.end);
    const first = nodeIndexAt(index, start);
    const last = nodeIndexAt(index, end - 1);
    const nodes = index.nodes.slice(first, last + 1);
    if (!sameBlock(nodes)) continue;
    waiting.push({
      entity: m.entity,
      kind: m.kind,
      start: m.start,
      end: m.end,
      place: { nodes, startOffset: start - index.starts[first], endOffset: end - index.starts[last] },
    });
  }
  return { added, contextGrew };
}

/** Takes out of `waiting` the candidates the context accepts now; the others stay. */
export function takeAccepted(ctx: PageContext, waiting: WaitingMention[]): WaitingMention[] {
  // A page of common names that introduces none of them keeps all its candidates waiting: no copies (the
  // 2,392 of the bench's page were split, copied into two arrays and back, 64 KB per load).
  if (waiting.length === 0 || acceptsNone(ctx, waiting)) return [];
  const { accepted, waiting: still } = decide(ctx, waiting);
  waiting.length = 0;
  for (const w of still) waiting.push(w);
  return accepted;
}

function allConnected(nodes: readonly Node[]): boolean {
  for (let i = 0; i < nodes.length; i++) if (!nodes[i].isConnected) return false;
  return true;
}

/** Registers one accepted candidate; false when the page removed or shortened its text meanwhile. */
export function registerWaiting(doc: Document, registry: HighlightRegistry, m: WaitingMention): boolean {
  if ('unit' in m.place) {
    // Found just now under a connected unit: its nodes are connected, and the offsets lie inside them.
    const { unit, map } = m.place;
    const place = unit.isConnected ? locateInUnit(unit, startBack(map, m.start), endBack(map, m.end)) : null;
    if (!place) return false;
    addRange(doc, registry, m.entity, place.start, place.startOffset, place.end, place.endOffset);
    return true;
  }
  const { nodes, startOffset, endOffset } = m.place;
  const last = nodes[nodes.length - 1];
  if (!allConnected(nodes) || nodes[0].length < startOffset || last.length < endOffset) return false;
  addRange(doc, registry, m.entity, nodes[0], startOffset, last, endOffset);
  return true;
}

/** Registers a mention at a place known to be in the page. */
function addRange(
  doc: Document,
  registry: HighlightRegistry,
  entity: EntityId,
  start: Text,
  startOffset: number,
  end: Text,
  endOffset: number,
): void {
  const range = doc.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  registry.add(entity, range);
}

/**
 * Registers the waiting candidates the context accepts now and keeps the others in `waiting`, all at once
 * (the page engine spreads large numbers over slices with the two functions above). Returns how many were
 * added.
 */
export function markWaiting(
  doc: Document,
  ctx: PageContext,
  registry: HighlightRegistry,
  waiting: WaitingMention[],
): number {
  let added = 0;
  for (const m of takeAccepted(ctx, waiting)) if (registerWaiting(doc, registry, m)) added++;
  return added;
}
