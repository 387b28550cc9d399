/**
 * Which mentions are near the visible part of the page, for a page with so many that the browser cannot
 * repaint them all cheaply. Chromium rebuilds the paint markers of every registered highlight range in the
 * frame after any DOM or style change: with 31,727 ranges (the bench's late-introduction page, 2,000
 * paragraphs) the frame after the scan spent 147–212 ms in PrePaint, and a ticker changing one text elsewhere
 * on that page cost 175–273 ms per change; with 1,600 ranges 6–12 ms (Chromium 156 traces). Above
 * WINDOW_FROM mentions, only those in elements within one viewport height of the visible area are registered;
 * the others are kept (cards, keyboard, the popup's list see them all) and registered as they come near.
 */

/** More mentions than this on a page: only those near the visible area are registered with the browser. */
export const WINDOW_FROM = 4000;

/** How far beyond the visible area a mention is registered: a viewport's height above and below. */
const MARGIN = '100% 0px';

/** The element a mention is watched by: its start's own element. */
function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

export class MentionWindow<M extends { range: AbstractRange }> {
  private readonly byElement = new Map<Element, M[]>();
  /** Each mention's element as it was when tracked (a live range moves when the page removes its text). */
  private readonly elements = new WeakMap<M, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  /**
   * `reveal` and `conceal` are told which mentions came near or went away; `guard` is the error boundary the
   * observer's callback runs in.
   */
  constructor(
    win: Window & typeof globalThis,
    private readonly reveal: (mentions: readonly M[]) => void,
    conceal: (mentions: readonly M[]) => void,
    guard: (task: () => void) => void,
  ) {
    this.observer = new win.IntersectionObserver(
      (entries) =>
        guard(() => {
          for (const entry of entries) {
            const mentions = this.byElement.get(entry.target);
            if (!mentions) continue;
            if (entry.isIntersecting) {
              if (!this.near.has(entry.target)) reveal(mentions);
              this.near.add(entry.target);
            } else if (this.near.delete(entry.target)) conceal(mentions);
          }
        }),
      { rootMargin: MARGIN },
    );
  }

  /** Follows a mention: registered at once when its element is near already, else once it comes near. */
  track(mention: M): void {
    const element = elementOf(mention.range.startContainer);
    if (!element) return;
    this.elements.set(mention, element);
    const mentions = this.byElement.get(element);
    if (!mentions) {
      this.byElement.set(element, [mention]);
      this.observer.observe(element);
      return;
    }
    mentions.push(mention);
    if (this.near.has(element)) this.reveal([mention]);
  }

  /** Stops following a mention (the caller takes its range out of the highlights). */
  untrack(mention: M): void {
    const element = this.elements.get(mention);
    const mentions = element && this.byElement.get(element);
    if (!element || !mentions) return;
    const at = mentions.indexOf(mention);
    if (at >= 0) mentions.splice(at, 1);
    if (mentions.length > 0) return;
    this.byElement.delete(element);
    this.near.delete(element);
    this.observer.unobserve(element);
  }

  /** Is this mention's element near the visible area now? */
  isNear(mention: M): boolean {
    const element = this.elements.get(mention);
    return !!element && this.near.has(element);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.near.clear();
  }
}
