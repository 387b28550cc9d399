import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, CardHost, isCardNode, type CardUi, type CreateCardUi } from '../../../../content/cards/card-host';

const callbacks = { onClose: () => undefined, onPointerEnter: () => undefined, onPointerLeave: () => undefined };
const options = { focus: false, lang: 'de', format: 'plain' } as const;

/** A card UI that records what the host asks of it. */
function fakeUi() {
  const calls: string[] = [];
  let visible = false;
  const create: CreateCardUi = (shadow) => {
    shadow.append(shadow.ownerDocument.createElement('section'));
    const ui: CardUi = {
      show: (entity) => {
        calls.push(`show ${entity}`);
        visible = true;
      },
      hide: () => {
        calls.push('hide');
        visible = false;
      },
      destroy: () => calls.push('destroy'),
      get visible() {
        return visible;
      },
    };
    return ui;
  };
  return { calls, create };
}

const anchor = () => {
  const range = document.createRange();
  range.selectNodeContents(document.body);
  return range;
};

afterEach(() => {
  for (const el of document.querySelectorAll(CARD_TAG)) el.remove();
});

describe('card host', () => {
  it('adds one <npa-card> with an open shadow root on the first card, and knows its nodes', async () => {
    const { calls, create } = fakeUi();
    const host = new CardHost(document, async () => create, callbacks, new AbortController().signal);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    await host.show('stephan-weil', anchor(), options);
    await host.show('ralf-meister', anchor(), options);
    const element = document.querySelectorAll(CARD_TAG);
    expect(element).toHaveLength(1);
    expect(element[0].shadowRoot).not.toBeNull();
    expect(isCardNode(element[0].shadowRoot!.firstChild)).toBe(true);
    expect(isCardNode(document.body)).toBe(false);
    expect(host.visible).toBe(true);
    expect(calls).toEqual(['show stephan-weil', 'show ralf-meister']);
  });

  it('removes the element when its signal aborts', async () => {
    const { calls, create } = fakeUi();
    const life = new AbortController();
    const host = new CardHost(document, async () => create, callbacks, life.signal);
    await host.show('stephan-weil', anchor(), options);
    life.abort();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(calls).toEqual(['show stephan-weil', 'destroy']);
    expect(host.visible).toBe(false);
  });

  it('adds nothing when the signal aborts while the card UI is loading', async () => {
    const { calls, create } = fakeUi();
    const life = new AbortController();
    let loaded!: (create: CreateCardUi) => void;
    const load = vi.fn(() => new Promise<CreateCardUi>((resolve) => (loaded = resolve)));
    const host = new CardHost(document, load, callbacks, life.signal);
    const shown = host.show('stephan-weil', anchor(), options);
    life.abort();
    loaded(create);
    await expect(shown).rejects.toMatchObject({ name: 'AbortError' });
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(calls).toEqual([]);
  });
});
