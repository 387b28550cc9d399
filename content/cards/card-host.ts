import type { CopyFormat } from '../attribution';
import type { EntityId } from '../dataset';
import { guard } from '../error-boundary';
import type { Lang } from '../settings-schema';

/** The one element the extension may add to a page (design.md). */
export const CARD_TAG = 'npa-card';

/** How one card is shown. */
export interface CardShowOptions {
  /** Move focus into the card (the keyboard path). */
  focus: boolean;
  lang: Lang;
  /** The format the reader's Ctrl+C on a quote copies in. */
  format: CopyFormat;
}

/** What the card UI tells the page side. */
export interface CardUiCallbacks {
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** The card UI inside the `<npa-card>` shadow root: the one interface of the card-UI chunk (components/card/mount.tsx). */
export interface CardUi {
  /** Shows `entity`'s card next to `anchor` (a mention's range). */
  show(entity: EntityId, anchor: Range, options: CardShowOptions): void;
  hide(): void;
  /** Removes the UI's listeners on the page (extension reloaded or paused). */
  destroy(): void;
  readonly visible: boolean;
}

/** What the card-UI chunk exports (see lazy-chunk.ts): mounts the UI into the card's shadow root. */
export type CreateCardUi = (shadow: ShadowRoot, callbacks: CardUiCallbacks) => CardUi;

/** Is this node the card host or inside it? Its mutations and events are the extension's own. */
export function isCardNode(node: Node | null): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).localName === CARD_TAG) return true;
    n = n.parentNode ?? (n as ShadowRoot).host ?? null;
  }
  return false;
}

/**
 * Owns the `<npa-card>` element: created on the first card, with an open shadow root; the UI chunk is
 * loaded then, not on page load. When `signal` aborts, the element goes, and a UI still loading never
 * comes.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private ui: CardUi | null = null;
  private loading: Promise<CardUi> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly loadFactory: () => Promise<CreateCardUi>,
    private readonly callbacks: CardUiCallbacks,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => guard(() => this.destroy()), { once: true });
  }

  /** Shows a card; rejects with the abort reason when the page session ended while the UI was loading. */
  async show(entity: EntityId, anchor: Range, options: CardShowOptions): Promise<void> {
    const ui = await this.ensureUi();
    this.signal.throwIfAborted();
    this.raise(this.host!);
    ui.show(entity, anchor, options);
  }

  hide(): void {
    this.ui?.hide();
    if (this.host) setPopoverOpen(this.host, false);
  }

  /**
   * Puts the card above everything the page shows: into the top layer as a manual popover, opened afresh so
   * it lands above whatever entered the top layer since (a modal dialog, a fullscreen element, the page's own
   * popovers); z-index (card.css) only where there is no popover. A modal dialog makes everything outside it
   * inert, a popover too (measured in Chromium 156 and Firefox 153: document.elementFromPoint skips it), so
   * while one is open the element moves into it, and back out when it closes.
   */
  private raise(host: HTMLElement): void {
    const place = topmostModalDialog(this.doc) ?? this.doc.documentElement;
    if (host.parentNode !== place) {
      setPopoverOpen(host, false);
      place.append(host);
      if (place !== this.doc.documentElement) {
        place.addEventListener('close', () => guard(() => this.leaveDialog(place)), {
          once: true,
          signal: this.signal,
        });
      }
    }
    setPopoverOpen(host, false);
    setPopoverOpen(host, true);
  }

  /** The dialog the card sat in closed: the card goes back to the root, still open if it was. */
  private leaveDialog(dialog: Element): void {
    const host = this.host;
    if (!host || host.parentNode !== dialog) return;
    setPopoverOpen(host, false);
    this.doc.documentElement.append(host);
    if (this.visible) setPopoverOpen(host, true);
  }

  get visible(): boolean {
    return this.ui?.visible ?? false;
  }

  /** Removes the card element (the page session ended). */
  private destroy(): void {
    this.ui?.destroy();
    this.ui = null;
    this.host?.remove();
    this.host = null;
  }

  private ensureUi(): Promise<CardUi> {
    this.loading ??= this.loadFactory().then((create) => {
      this.signal.throwIfAborted();
      const host = this.doc.createElement(CARD_TAG);
      if (supportsPopover(host)) host.setAttribute('popover', 'manual');
      const shadow = host.attachShadow({ mode: 'open' });
      this.doc.documentElement.append(host);
      this.host = host;
      this.ui = create(shadow, this.callbacks);
      return this.ui;
    });
    return this.loading;
  }
}

function supportsPopover(el: HTMLElement): boolean {
  return typeof el.showPopover === 'function';
}

/** Opens or closes the element as a popover, where the browser has popovers; never throws. */
function setPopoverOpen(el: HTMLElement, open: boolean): void {
  if (!supportsPopover(el) || !el.hasAttribute('popover')) return;
  try {
    const isOpen = el.matches(':popover-open');
    if (open && !isOpen && el.isConnected) el.showPopover();
    else if (!open && isOpen) el.hidePopover();
  } catch {
    // A page that removed our element or its attribute: the z-index still applies.
  }
}

/**
 * The modal dialog the page shows on top, if any: the last open one in document order (a dialog opened from
 * another usually follows it or sits inside it). Dialogs in shadow roots are not looked for.
 */
function topmostModalDialog(doc: Document): HTMLDialogElement | null {
  try {
    const open = [...doc.querySelectorAll<HTMLDialogElement>('dialog:modal')].filter((d) => !isCardNode(d));
    return open.at(-1) ?? null;
  } catch {
    // No :modal in this browser.
    return null;
  }
}
