/**
 * Plain units: a block whose descendants are only ordinary inline elements („<p>… <a>…</a> …</p>“), the
 * common case of an article. Its text is read with one `textContent` instead of a walk over its nodes, and
 * the nodes are looked up only where a mention was found.
 *
 * Why: every node a script touches gets a wrapper of that script's world. A walk over a 10 MB page from the
 * content script made 100,000 of them; in Firefox the first walk took 553 ms against 17–47 ms for
 * `textContent` per paragraph (page world, measured), and collecting the wrappers afterwards paused the
 * page. Chromium's isolated world pays for its wrappers too.
 */
import { ANCHOR_WORDS } from '../dataset/anchor-words';
import { removeInvisible } from './invisible-chars';
import { ELEMENT, TEXT } from './node-types';
import { SKIPPED_BY_ATTRIBUTE } from './never-scanned';

/**
 * Inline elements whose text reads the same by `textContent` as by a walk: no block (a break), nothing never
 * scanned, no custom element (it may hold an open shadow root). A `span` may host a shadow root too; those
 * are rare inside paragraphs, and this is the one place that knowingly overlooks them.
 */
const PLAIN_INLINE =
  'a,abbr,b,bdi,bdo,cite,data,del,dfn,em,font,i,img,ins,kbd,label,mark,picture,q,s,small,source,span,strong,sub,sup,time,u,var,wbr';
/** Anything in a unit that makes it not plain. */
const NOT_PLAIN = `:not(${PLAIN_INLINE}), ${SKIPPED_BY_ATTRIBUTE}`;

/** More elements than this in a unit, and its text is read by the resumable walk (TextCollector) instead. */
const MAX_PLAIN_ELEMENTS = 500;

/**
 * The unit's text when it is plain, else null. The unit itself must already be known not to be skipped
 * (the unit cutter only gives such units; its own tag and attributes are checked by the caller).
 */
export function plainText(unit: Node): string | null {
  if (unit.nodeType === TEXT) return (unit as Text).data;
  if (unit.nodeType !== ELEMENT) return null;
  const el = unit as Element;
  if (el.shadowRoot) return null;
  const count = el.childElementCount;
  if (count > 0 && (count > MAX_PLAIN_ELEMENTS || el.querySelector(NOT_PLAIN) !== null)) return null;
  return el.textContent ?? '';
}

/** Any anchor word anywhere, word start or not: `textContent` joins blocks without a space between them. */
let anyAnchor: RegExp | undefined;

/**
 * Does the unit's text (`textContent`, invisible characters removed) hold no anchor word anywhere? Then
 * nothing in its own text can be a mention, and a walk over its elements alone (no text nodes) looks for the
 * open shadow roots in it, the only places that still could hold one. Every anchor a walk over its text nodes
 * would find is in that text, except one cut by the text of a script or a hidden element inside the word.
 */
export function holdsNoAnchor(unit: Node): boolean {
  anyAnchor ??= new RegExp(ANCHOR_WORDS.join('|'));
  return !anyAnchor.test(removeInvisible(unit.textContent ?? ''));
}

/**
 * Is `unit` too large to be plain (plainText gave null for its size) and without any anchor word in its
 * text (holdsNoAnchor)? The engine reads every other unit's text nodes, so that it misses no name.
 *
 * Why: the hostile page of 100,000 `<span>`s was walked node by node by the first look and again by the
 * engine, 400,000 wrappers in the content script's world: 333 ms of `nextNode` and 360 ms of garbage
 * collection per load in a Chromium profile, and tasks of 32–60 ms in every traced load. Its `textContent`
 * is one call.
 */
export function onlyShadowRootsCount(unit: Node): boolean {
  if (unit.nodeType !== ELEMENT || (unit as Element).childElementCount <= MAX_PLAIN_ELEMENTS) return false;
  return holdsNoAnchor(unit);
}

/**
 * A span of a plain unit's text, found again in the DOM: the text nodes it starts and ends in (the same one,
 * mostly), and the offsets in them. No array of the nodes between: a range needs only its two ends (an
 * array per mention was most of the 343 KB that locating allocated per load of the bench's page of common
 * names, 2,597 mentions; Chromium sampling heap profile).
 */
export interface UnitPlace {
  start: Text;
  startOffset: number;
  end: Text;
  endOffset: number;
}

/**
 * Where characters [from, to) of a plain unit's `textContent` are in its text nodes, or null when the unit's
 * text no longer reaches that far (the page changed it).
 */
export function locateInUnit(unit: Node, from: number, to: number): UnitPlace | null {
  const walk = new UnitWalk(unit);
  return walk.locate(from, to)
    ? { start: walk.start, startOffset: walk.startOffset, end: walk.end, endOffset: walk.endOffset }
    : null;
}

/**
 * Places in plain units, found by one walk over a unit's nodes when asked in text order: each place is
 * looked for from the node where the one before started (a place before that starts the walk over). Why: a
 * mention near a paragraph's end walked all of the paragraph's nodes, and the next one of that paragraph
 * walked them again (locating was 3.9 ms of the bench's page of common names with mentions, 2,597 of them;
 * Chromium profile). The walk holds the place it found last, and is moved on to the next unit by `reset`:
 * an object per place and per unit were 124 and 38 KB per load of that page (sampling heap profile).
 */
export class UnitWalk {
  /** After `locate` answered true: the text nodes the place starts and ends in, and the offsets in them. */
  start!: Text;
  startOffset = 0;
  end!: Text;
  endOffset = 0;
  /** The node where the last place started, and how much of the unit's text comes before it. */
  private node: Node | null;
  private seen = 0;

  constructor(private unit: Node) {
    this.node = unit.firstChild;
  }

  /** From now on, places in `unit`. */
  reset(unit: Node): void {
    this.unit = unit;
    this.node = unit.firstChild;
    this.seen = 0;
  }

  /** Finds where characters [from, to) of the unit's text are; false when they are not there (see locateInUnit). */
  locate(from: number, to: number): boolean {
    const unit = this.unit;
    if (unit.nodeType === TEXT) {
      const text = unit as Text;
      if (to > text.length) return false;
      this.place(text, from, text, to);
      return true;
    }
    if (from < this.seen) {
      this.node = unit.firstChild;
      this.seen = 0;
    }
    // The text nodes in document order, by hand: a TreeWalker per mention was 10 ms of the 2 MB bench page
    // (2,600 mentions, Chromium profile), and most units hold one text node.
    let start: Text | null = null;
    let startOffset = 0;
    let seen = this.seen;
    for (let n: Node | null = this.node; n;) {
      if (n.nodeType === TEXT) {
        const length = (n as Text).length;
        if (start === null && from >= seen + length) seen += length;
        else {
          if (start === null) {
            start = n as Text;
            startOffset = from - seen;
            this.node = n;
            this.seen = seen;
          }
          if (to <= seen + length) {
            this.place(start, startOffset, n as Text, to - seen);
            return true;
          }
          seen += length;
        }
      }
      // Depth first: down, else along, else up until a node has a next sibling (never above the unit).
      let next: Node | null = n.firstChild;
      while (!next && n && n !== unit) {
        next = n.nextSibling;
        if (!next) n = n.parentNode;
      }
      n = next;
    }
    return false;
  }

  private place(start: Text, startOffset: number, end: Text, endOffset: number): void {
    this.start = start;
    this.startOffset = startOffset;
    this.end = end;
    this.endOffset = endOffset;
  }
}
