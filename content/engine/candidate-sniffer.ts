import { ANCHOR_WORDS } from '../dataset/anchor-words';
import { removeInvisible } from './invisible-chars';
import { isSkipped, SKIPPED } from './never-scanned';
import { holdsNoAnchor, onlyShadowRootsCount, plainText } from './plain-units';
import { isWordChar } from './tokens';
import { skipSubtree } from './text-collector';
import { UnitCutter } from './unit-cutter';

/**
 * The cheap first look at a page: could its text mention any entity at all? The matcher only looks
 * around its literal anchor words (letters only, so they need no escaping), and every form it accepts
 * has its anchor at the start of a word, so text without such an anchor is settled by one regex test
 * per text node, the cost of the bench's floor („INSTALL“ holds „NST“, but not at a word start). Text
 * with invisible characters (soft hyphens, zero-width spaces: they may sit inside an anchor word) is
 * tested without them; text the engine never reads (scripts, styles …) does not count.
 *
 * The page is cut into block units as the engine cuts it. A plain unit (a paragraph of ordinary inline
 * elements, plain-units.ts) is tested as one string, its `textContent`: one DOM call instead of a walk over
 * its nodes, and words cut by markup („Nieder<wbr>sachsen“) are whole in it. Another unit whose text holds no
 * anchor word at all is left to a walk over its elements, last (open shadow roots); the rest are walked and
 * tested per text node; where markup cuts a word there (one node ends in a letter and the next goes on in
 * lower case), the ends of the two are tested once more, joined.
 */
let anchorWords: RegExp | undefined;

/** Does `text` (without invisible characters) hold an anchor word at the start of a word? */
function hasAnchor(text: string): boolean {
  const words = (anchorWords ??= new RegExp(ANCHOR_WORDS.join('|'), 'g'));
  words.lastIndex = 0;
  for (let hit = words.exec(text); hit; hit = words.exec(text)) {
    if (hit.index === 0 || !isWordChar(text.charCodeAt(hit.index - 1))) return true;
  }
  return false;
}

/** Could `text` hold a mention? False means certainly not. */
export function mayMention(text: string): boolean {
  return hasAnchor(removeInvisible(text));
}

/** Is this text node's own element one whose text is never scanned (a script, a style …)? */
function neverScanned(node: Node): boolean {
  const parent = node.parentNode;
  return parent !== null && parent.nodeType === ELEMENT && SKIPPED.has((parent as Element).tagName);
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT = 1;
const TEXT = 3;
/** Longer than any anchor word. */
const SEAM = 24;

/** A lower-case letter: how the rest of a word cut by markup starts („Nieder<wbr>sachsen“). */
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);

/**
 * One pass over the text under a root and the open shadow roots met on the way, resumable across slices,
 * stopping at the first candidate.
 */
export class CandidateSniffer {
  private readonly cutter: UnitCutter;
  /** Units that are not plain, and open shadow roots: walked node by node. */
  private readonly roots: Node[] = [];
  /** Units too large for the plain test whose text holds no anchor word (plain-units.ts): their elements are walked last. */
  private readonly textless: Node[] = [];
  private walker: TreeWalker | null = null;
  private node: Node | null = null;
  /** Blocks inside the root being walked that were read already (UnitCutter.givenInside), or null. */
  private given: Set<Node> | null = null;
  /** The text of the previous node when it ended in a letter (a word may go on in the next node). */
  private open = '';

  constructor(
    root: Node,
    private readonly onShadowRoot?: (shadow: ShadowRoot) => void,
  ) {
    this.cutter = new UnitCutter(root, true);
  }

  /**
   * True at the first text that may hold a mention, false when there is none, undefined when `more()`
   * (asked every 1,024 nodes) said stop first; the next call goes on from there.
   */
  run(more: () => boolean = () => true): boolean | undefined {
    let open = this.open;
    let seen = 0;
    for (;;) {
      let node = this.node;
      while (node) {
        if ((++seen & 1023) === 0 && !more()) {
          this.node = node;
          this.open = open;
          return undefined;
        }
        if (node.nodeType !== TEXT) {
          if (this.given?.has(node)) {
            // A block the cutter gave before the element around it (unit-cutter.ts, eager): read already.
            open = '';
            node = skipSubtree(this.walker!);
            continue;
          }
          const shadow = (node as Element).shadowRoot;
          if (shadow) {
            this.roots.push(shadow);
            this.onShadowRoot?.(shadow);
          }
          node = this.walker!.nextNode();
          continue;
        }
        const data = removeInvisible((node as Text).data);
        const length = data.length;
        if (length > 0) {
          if (hasAnchor(data) && !neverScanned(node)) return true;
          let tail = data;
          // A word going on in this node: rare (inline markup inside a word), so the joining costs nothing on
          // ordinary text; next to each other, blocks („<li>Home</li><li>News</li>“) start upper-case.
          if (open && isLower(data.charCodeAt(0))) {
            const seam = open.slice(-SEAM) + data.slice(0, SEAM);
            if (hasAnchor(seam) && !neverScanned(node)) return true;
            if (length < SEAM) tail = seam; // a word cut into more than two pieces
          }
          open = isWordChar(data.charCodeAt(length - 1)) ? tail : '';
        }
        node = this.walker!.nextNode();
      }
      this.node = null;
      open = '';
      let root = this.roots.shift();
      let elementsOnly = false;
      let given: readonly Node[] = [];
      while (!root) {
        if ((++seen & 63) === 0 && !more()) {
          this.open = open;
          return undefined;
        }
        const unit = this.cutter.next(more);
        if (unit === undefined) return undefined; // out of time while cutting
        if (unit === null) {
          // Last, the large units without any anchor word in their text: only their open shadow roots could
          // hold one, and a candidate found elsewhere first spares the walk (the engine walks them anyway).
          root = this.textless.shift();
          if (!root) return false;
          elementsOnly = true;
          break;
        }
        if (unit.nodeType === ELEMENT && isSkipped(unit as Element)) continue;
        const text = plainText(unit);
        if (text !== null) {
          if (mayMention(text)) return true;
        } else if (this.onlyElementsCount(unit)) this.textless.push(unit);
        else {
          root = unit;
          given = this.cutter.givenInside;
        }
      }
      const doc = root.ownerDocument ?? (root as Document);
      this.given = given.length > 0 ? new Set(given) : null;
      this.walker = doc.createTreeWalker(root, elementsOnly ? SHOW_ELEMENT : SHOW_ELEMENT | SHOW_TEXT);
      // The walker never yields its root: a text or element root (a shadow host) is looked at first.
      this.node = root.nodeType === TEXT || root.nodeType === ELEMENT ? root : this.walker.nextNode();
    }
  }

  /**
   * May a unit the plain test refused be left to the walk over its elements (for open shadow roots), its text
   * holding no anchor word (plain-units.ts: holdsNoAnchor)? Any such unit here, where the engine only takes
   * huge ones: most pages are ruled out by this look, and their articles and page furniture with a script,
   * an icon or a button inside were walked text node by text node. Not one whose blocks were given already
   * (`givenInside`, even a `<br>`): its `textContent` holds their text, read again (yahoo-3.html took 14.1
   * instead of 7.7 ms when only blocks without content were exempt). Why: interleaved loads of 14 real pages,
   * 9 each, ScriptDuration with the extension, before → after (fe44eb2): wikipedia-2.html 20.0 → 15.1 ms (the
   * floor 12.3), wikipedia.html 12.4 → 5.3, toc-missing.html 8.0 → 4.9, yahoo-3.html 10.6 → 8.2.
   */
  private onlyElementsCount(unit: Node): boolean {
    if (this.cutter.givenInside.length > 0) return onlyShadowRootsCount(unit);
    return unit.nodeType === ELEMENT && holdsNoAnchor(unit);
  }
}
