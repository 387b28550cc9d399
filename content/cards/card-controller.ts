import type { CopyFormat } from '../attribution';
import type { EntityId } from '../dataset';
import { compareMentions, type MarkedMention } from '../engine/highlight-registry';
import { mentionAtPoint } from '../engine/hit-test';
import type { PageEngine } from '../engine/page-engine';
import { guard, reportError } from '../error-boundary';
import type { Lang } from '../settings-schema';
import { CardHost, isCardNode, type CreateCardUi } from './card-host';
import { HoverIntent } from './hover-intent';

export interface CardPreferences {
  /** Cards open on hover (off when marks are hidden: then only the keyboard command opens them). */
  hover: boolean;
  hoverDelay: number;
  /**
   * The cards' language, asked when a card shows: the browser's UI language behind it cost 2.6–3.8 ms of
   * every page session's start (`i18n.getUILanguage`, Chromium profile), most of which never show a card.
   */
  lang: () => Lang;
  format: CopyFormat;
}

/**
 * Connects pointer, touch and keyboard on the page to the card: hover intent over highlight ranges,
 * tap to open, revealNext for the command that reaches the next mention, Esc to close and give focus back. Lives as long as
 * `signal`: its listeners are registered with it, and its abort closes the card and removes the element.
 */
export class CardController {
  private readonly host: CardHost;
  private readonly intent: HoverIntent<MarkedMention>;
  private frame = 0;
  private lastPoint: { x: number; y: number } | null = null;
  private lastTarget: Node | null = null;
  private current: MarkedMention | null = null;
  private returnFocus: Element | null = null;
  /** The next card opens with focus (keyboard path). */
  private focusNextOpen = false;

  constructor(
    private readonly doc: Document,
    private readonly engine: PageEngine,
    loadUi: () => Promise<CreateCardUi>,
    private prefs: CardPreferences,
    signal: AbortSignal,
  ) {
    this.host = new CardHost(
      doc,
      loadUi,
      {
        onClose: () => guard(() => this.close(true)),
        onPointerEnter: () => guard(() => this.intent.pointerEnterCard()),
        onPointerLeave: () => guard(() => this.intent.pointerLeaveCard()),
      },
      signal,
    );
    this.intent = new HoverIntent<MarkedMention>({
      openDelay: prefs.hoverDelay,
      closeDelay: 300,
      // Called from the intent's timers.
      onOpen: (m) => guard(() => this.open(m)),
      onClose: () => guard(() => this.host.hide()),
    });
    const opts = { passive: true, capture: true, signal };
    // Mouse events, not pointer events: adding a document pointer listener makes Chromium render a frame at
    // once (on a 10 MB page that frame also took Chrome's own 60–90 ms page-text capture), mouse listeners
    // do not. A tap still ends in a click.
    doc.addEventListener('mousemove', (e) => guard(() => this.onMouseMove(e)), opts);
    doc.addEventListener('click', (e) => guard(() => this.onClick(e)), opts);
    doc.addEventListener('keydown', (e) => guard(() => this.onKeyDown(e)), { capture: true, signal });
    signal.addEventListener(
      'abort',
      () =>
        guard(() => {
          cancelAnimationFrame(this.frame);
          this.frame = 0;
          this.intent.close();
        }),
      { once: true },
    );
  }

  setPreferences(prefs: CardPreferences): void {
    this.prefs = prefs;
    this.intent.setOpenDelay(prefs.hoverDelay);
  }

  /** Scrolls to the next mention after the current one (of `entity`, if given) and opens its card, focused. */
  revealNext(entity?: EntityId): boolean {
    const all = this.engine.registry.all().filter((m) => !entity || m.entity === entity);
    if (all.length === 0) return false;
    const current = this.current;
    const after = current ? all.find((m) => compareMentions(m, current) > 0) : undefined;
    const next = after ?? all[0];
    const reduce = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const el = next.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.returnFocus ??= this.doc.activeElement;
    this.focusNextOpen = true;
    this.intent.openNow(next);
    return true;
  }

  /** Closes any open card without moving focus (e.g. the site was paused). */
  dismiss(): void {
    this.close(false);
  }

  private onMouseMove(e: MouseEvent): void {
    if (!this.prefs.hover) return;
    // The frame looks at the last move: a pointer that left the card for a mention within one frame is on
    // the mention (the first move's target would still say card, and the mention would be ignored).
    this.lastPoint = { x: e.clientX, y: e.clientY };
    this.lastTarget = e.target as Node | null;
    // One lookup per frame at most, whatever the event rate.
    if (this.frame) return;
    this.frame = requestAnimationFrame(() =>
      guard(() => {
        this.frame = 0;
        const p = this.lastPoint;
        if (!p || isCardNode(this.lastTarget)) return;
        this.intent.pointerAt(mentionAtPoint(this.doc, this.engine.registry, p.x, p.y));
      }),
    );
  }

  /** A tap opens the card at once (touch has no hover); clicks of a mouse change nothing. */
  private onClick(e: MouseEvent): void {
    if ((e as Partial<PointerEvent>).pointerType !== 'touch' || !this.prefs.hover) return;
    if (isCardNode(e.target as Node)) return;
    const m = mentionAtPoint(this.doc, this.engine.registry, e.clientX, e.clientY);
    if (m) {
      this.intent.openNow(m);
    } else if (this.host.visible) this.close(false);
  }

  /** Esc closes the card. (The commands' keys are command-keys.ts's.) */
  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.host.visible) this.close(true);
  }

  private open(m: MarkedMention): void {
    const focus = this.focusNextOpen;
    this.focusNextOpen = false;
    this.current = m;
    this.host.show(m.entity, m.range, { focus, lang: this.prefs.lang(), format: this.prefs.format }).catch(reportError);
  }

  private close(restoreFocus: boolean): void {
    this.intent.close();
    this.host.hide();
    if (restoreFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }
}
