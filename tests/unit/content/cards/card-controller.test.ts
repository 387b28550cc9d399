import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController, type CardPreferences } from '../../../../content/cards/card-controller';
import { CARD_TAG, type CreateCardUi } from '../../../../content/cards/card-host';
import { defaultMatcher } from '../../../../content/engine/detect-text';
import { PageEngine } from '../../../../content/engine/page-engine';

const prefs: CardPreferences = { hover: true, hoverDelay: 300, lang: 'de', format: 'plain' };

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
const pressAltShiftK = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));

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

  it('answers the keyboard fallback until its signal aborts, then leaves the page alone', async () => {
    const { shown } = await setUp();
    pressAltShiftK();
    await settle();
    expect(shown.map((s) => s.entity)).toEqual(['stephan-weil']);
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    life.abort();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    pressAltShiftK();
    await settle();
    expect(shown).toHaveLength(1);
  });

  it('keeps an error in a listener from the page: the error boundary reports it', async () => {
    const { cards } = await setUp();
    const reported = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.spyOn(cards, 'revealNext').mockImplementation(() => {
      throw new Error('broken');
    });
    expect(pressAltShiftK).not.toThrow();
    expect(reported).toHaveBeenCalledTimes(1);
  });
});
