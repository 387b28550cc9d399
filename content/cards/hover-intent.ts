/**
 * Hover intent, as the best hover-preview products do it: open after the pointer rests on a target,
 * keep open while it travels into the card, close after a grace period outside, never flicker between
 * neighbouring targets. Knows nothing of the page: it is told where the pointer is, and its only effects
 * are the two callbacks, called from its own timers (tests drive it with fake time). Targets are
 * compared by identity.
 */
export interface HoverIntentOptions<T> {
  /** ms the pointer must rest on a target before the card opens. */
  openDelay: number;
  /** ms outside target and card before the card closes. */
  closeDelay: number;
  onOpen(target: T): void;
  onClose(): void;
}

export type HoverState<T> =
  { kind: 'idle' } | { kind: 'pending'; target: T } | { kind: 'open'; target: T; leaving: boolean; next: T | null };

export class HoverIntent<T> {
  private state: HoverState<T> = { kind: 'idle' };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private overCard = false;

  constructor(private readonly o: HoverIntentOptions<T>) {
    this.o = { ...o };
  }

  /** The reader changed the hover delay in the settings. */
  setOpenDelay(ms: number): void {
    this.o.openDelay = ms;
  }

  get current(): HoverState<T> {
    return this.state;
  }

  /**
   * The pointer is over `target`, or over no target (null). Called on mouse moves, at most once per
   * animation frame (card-controller.ts).
   */
  pointerAt(target: T | null): void {
    const s = this.state;
    if (target === null) {
      if (s.kind === 'pending') this.reset();
      else if (s.kind === 'open' && !this.overCard && !s.leaving) this.leave(s.target);
      else if (s.kind === 'open' && s.next !== null) this.state = { ...s, next: null };
      return;
    }
    if (s.kind === 'idle' || (s.kind === 'pending' && s.target !== target)) {
      this.schedule(this.o.openDelay, () => this.open(target));
      this.state = { kind: 'pending', target };
    } else if (s.kind === 'open') {
      if (s.target === target) {
        if (s.leaving || s.next) {
          this.cancel();
          this.state = { kind: 'open', target: s.target, leaving: false, next: null };
        }
      } else if (s.next !== target) {
        // Another mention: switch only after resting there, so passing over neighbours does not flicker.
        this.schedule(this.o.openDelay, () => this.open(target));
        this.state = { kind: 'open', target: s.target, leaving: false, next: target };
      }
    }
  }

  pointerEnterCard(): void {
    this.overCard = true;
    const s = this.state;
    if (s.kind === 'open') {
      this.cancel();
      this.state = { kind: 'open', target: s.target, leaving: false, next: null };
    }
  }

  pointerLeaveCard(): void {
    this.overCard = false;
    const s = this.state;
    if (s.kind === 'open') this.leave(s.target);
  }

  /** Opens at once (keyboard, tap). */
  openNow(target: T): void {
    this.open(target);
  }

  /** Closes at once (Esc, close button). */
  close(): void {
    const wasOpen = this.state.kind === 'open';
    // A closed card has no pointer over it: its element went without a pointerleave (closed by its own
    // button, Esc or a pause), and the next card must still close when the pointer leaves its mention.
    this.overCard = false;
    this.reset();
    if (wasOpen) this.o.onClose();
  }

  private leave(target: T): void {
    this.schedule(this.o.closeDelay, () => this.close());
    this.state = { kind: 'open', target, leaving: true, next: null };
  }

  private open(target: T): void {
    this.cancel();
    this.state = { kind: 'open', target, leaving: false, next: null };
    this.o.onOpen(target);
  }

  private reset(): void {
    this.cancel();
    this.state = { kind: 'idle' };
  }

  private schedule(ms: number, fn: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      fn();
    }, ms);
  }

  private cancel(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
  }
}
