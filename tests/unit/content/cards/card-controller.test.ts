import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController, type CardPreferences } from '../../../../content/cards/card-controller';
import { CARD_TAG, type CreateCardUi } from '../../../../content/cards/card-host';
import { defaultMatcher } from '../../../../content/engine/detect-text';
import { PageEngine } from '../../../../content/engine/page-engine';
import { HoverIntent } from '../../../../content/cards/hover-intent';

const prefs: CardPreferences = { hover: true, hoverDelay: 300, lang: () => 'de', format: 'plain' };

let life = new AbortController();
afterEach(() => {
  life.abort();
  life = new AbortController();
  for (const el of document.querySelectorAll(CARD_TAG)) el.remove();
  vi.restoreAllMocks();
});

/** A page with two mentions, scanned, and a controller whose card UI records what it shows. */
async function setUp() {
  document.body.innerHTML = '<p>Ministerpräsident Stephan Weil sprach.</p><p>Landesbischof Ralf Meister auch.</p>';
  const engine = new PageEngine(document, defaultMatcher(), {
    isOwnNode: () => false,
    schedule: (task) => task(),
    signal: life.signal,
  });
  engine.start();
  await engine.settled;
  const shown: { entity: string; focus: boolean }[] = [];
  let visible = false;
  const create: CreateCardUi = () => ({
    show: (entity, _anchor, { focus }) => {
      shown.push({ entity, focus });
      visible = true;
    },
    hide: () => (visible = false),
    destroy: () => undefined,
    get visible() {
      return visible;
    },
  });
  const cards = new CardController(document, engine, async () => create, prefs, life.signal);
  return { cards, shown };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const pressEscape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

describe('card controller', () => {
  it('reveals the mentions in document order, with focus, and wraps around', async () => {
    const { cards, shown } = await setUp();
    expect(cards.revealNext()).toBe(true);
    await settle();
    expect(cards.revealNext()).toBe(true);
    await settle();
    expect(cards.revealNext()).toBe(true);
    await settle();
    expect(shown).toEqual([
      { entity: 'stephan-weil', focus: true },
      { entity: 'ralf-meister', focus: true },
      { entity: 'stephan-weil', focus: true },
    ]);
    expect(cards.revealNext('hubert-meyer')).toBe(false);
  });

  it('closes on Esc until its signal aborts, then leaves the page alone', async () => {
    const { cards, shown } = await setUp();
    cards.revealNext();
    await settle();
    expect(shown.map((s) => s.entity)).toEqual(['stephan-weil']);
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    const hide = vi.spyOn(HoverIntent.prototype, 'close');
    pressEscape();
    expect(hide).toHaveBeenCalledTimes(1);
    life.abort();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    hide.mockClear();
    pressEscape();
    expect(hide).not.toHaveBeenCalled();
  });

  it('leaves the commands’ keys to command-keys.ts: Alt+Shift+K alone does nothing here', async () => {
    const { shown } = await setUp();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));
    await settle();
    expect(shown).toEqual([]);
  });

  it('keeps an error in a listener from the page: the error boundary reports it', async () => {
    const { cards } = await setUp();
    cards.revealNext();
    await settle();
    const reported = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.spyOn(HoverIntent.prototype, 'close').mockImplementation(() => {
      throw new Error('broken');
    });
    expect(pressEscape).not.toThrow();
    expect(reported).toHaveBeenCalledTimes(1);
  });

  it('follows the pointer off the card within one frame: the last move counts, not the first', async () => {
    const { cards } = await setUp();
    cards.revealNext();
    await settle();
    const card = document.querySelector(CARD_TAG)!;
    const at = vi.spyOn(HoverIntent.prototype, 'pointerAt');
    // The click on the card's close button ends with a move over the card; the reader's next move, onto the
    // page, comes before the frame that looks at them.
    card.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 300, clientY: 200 }));
    document.body.firstElementChild!.dispatchEvent(
      new MouseEvent('mousemove', { bubbles: true, clientX: 40, clientY: 10 }),
    );
    await new Promise((r) => requestAnimationFrame(r));
    await settle();
    expect(at).toHaveBeenCalledTimes(1);
    at.mockClear();
    // And the other way round: a move that ends on the card leaves the hover state alone.
    document.body.firstElementChild!.dispatchEvent(
      new MouseEvent('mousemove', { bubbles: true, clientX: 40, clientY: 10 }),
    );
    card.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 300, clientY: 200 }));
    await new Promise((r) => requestAnimationFrame(r));
    await settle();
    expect(at).not.toHaveBeenCalled();
  });
});
