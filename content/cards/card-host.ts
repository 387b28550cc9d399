import type { CopyFormat } from '../attribution';
import type { EntityId } from '../dataset';

/** The one element the extension may add to a page (design.md). */
export const CARD_TAG = 'npa-card';

export type UiLang = 'de' | 'en';

/** The part of the card UI the host drives (see components/card/mount.tsx). */
export interface CardUiHandle {
  show(entity: EntityId, anchor: Range, options: { focus: boolean; lang: UiLang; format: CopyFormat }): void;
  hide(): void;
  destroy(): void;
  readonly visible: boolean;
}

export type CreateCardUi = (
  shadow: ShadowRoot,
  callbacks: { onClose(): void; onPointerEnter(): void; onPointerLeave(): void },
) => CardUiHandle;

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
 * loaded then, not on page load.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private ui: CardUiHandle | null = null;
  private loading: Promise<CardUiHandle> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly loadFactory: () => Promise<CreateCardUi>,
    private readonly callbacks: { onClose(): void; onPointerEnter(): void; onPointerLeave(): void },
  ) {}

  async show(
    entity: EntityId,
    anchor: Range,
    options: { focus: boolean; lang: UiLang; format: CopyFormat },
  ): Promise<void> {
    const ui = await this.ensureUi();
    if (!this.host?.isConnected) this.doc.documentElement.append(this.host!);
    ui.show(entity, anchor, options);
  }

  hide(): void {
    this.ui?.hide();
  }

  get visible(): boolean {
    return this.ui?.visible ?? false;
  }

  /** Removes the card element (extension paused or reloaded). */
  destroy(): void {
    this.ui?.destroy();
    this.host?.remove();
  }

  private ensureUi(): Promise<CardUiHandle> {
    this.loading ??= this.loadFactory().then((create) => {
      const host = this.doc.createElement(CARD_TAG);
      const shadow = host.attachShadow({ mode: 'open' });
      this.doc.documentElement.append(host);
      this.host = host;
      this.ui = create(shadow, this.callbacks);
      return this.ui;
    });
    return this.loading;
  }
}
