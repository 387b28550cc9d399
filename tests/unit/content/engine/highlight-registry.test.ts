import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityId } from '../../../../content/dataset';
import { highlightName, HighlightRegistry } from '../../../../content/engine/highlight-registry';
import { WINDOW_FROM } from '../../../../content/engine/highlight-window';

/**
 * The CSS Custom Highlight API, which happy-dom lacks: a Highlight is a set of ranges, CSS.highlights a
 * map of names to highlights (https://drafts.csswg.org/css-highlight-api-1/).
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
let registered: Map<string, FakeHighlight>;
const fakeWindow = () =>
  ({ Highlight: FakeHighlight, CSS: { highlights: registered } }) as unknown as Window & typeof globalThis;

/** Registered ranges by highlight name, as their text. */
const shown = () =>
  Object.fromEntries([...registered].map(([name, h]) => [name, [...h].map((r) => (r as Range).toString())]));

/** The text node of the element with this id. */
const textOf = (id: string, root: ParentNode = document) => root.querySelector(`#${id}`)!.firstChild as Text;

function rangeOf(text: Text, word: string): Range {
  const range = document.createRange();
  const start = text.data.indexOf(word);
  range.setStart(text, start);
  range.setEnd(text, start + word.length);
  return range;
}

function add(registry: HighlightRegistry, entity: EntityId, text: Text, word: string) {
  return registry.add(entity, rangeOf(text, word));
}

beforeEach(() => {
  registered = new Map();
  observed = new Set();
  document.body.innerHTML =
    '<p id="a">Ministerpräsident Stephan Weil dankte.</p><div id="host"></div><p id="b">Bischof Heiner Wilmer und Stephan Weil.</p>';
});

/** IntersectionObserver as a test drives it: `report` says which observed elements are near. */
let observed = new Set<Element>();
let report: (near: Element[], far: Element[]) => void = () => undefined;
class FakeObserver {
  constructor(callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    report = (near, far) =>
      callback([
        ...near.map((target) => ({ target, isIntersecting: true })),
        ...far.map((target) => ({ target, isIntersecting: false })),
      ]);
  }
  observe(el: Element) {
    observed.add(el);
  }
  unobserve(el: Element) {
    observed.delete(el);
  }
  disconnect() {
    observed.clear();
  }
}
/** fakeWindow with the fake IntersectionObserver. */
const observedWindow = () =>
  ({ ...fakeWindow(), IntersectionObserver: FakeObserver }) as unknown as Window & typeof globalThis;

describe('highlight registry', () => {
  it('keeps every mention: all() in document order, size, and the mentions of a text node', () => {
    const registry = new HighlightRegistry(window);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s">Landesbischof Ralf Meister</p>';
    const later = add(registry, 'stephan-weil', textOf('b'), 'Stephan Weil');
    const wilmer = add(registry, 'heiner-wilmer', textOf('b'), 'Heiner Wilmer');
    const meister = add(registry, 'ralf-meister', textOf('s', shadow), 'Ralf Meister');
    const first = add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    // The mention in the shadow root sits where its host does.
    expect(registry.all()).toEqual([first, meister, wilmer, later]);
    expect(registry.size).toBe(4);
    expect(registry.at(textOf('b'))).toEqual([later, wilmer]);
    expect(registry.at(document.body)).toEqual([]);
  });

  it('finds a mention split by markup at each of its text nodes, added before the first question or after', () => {
    document.body.innerHTML = '<p id="c">Bischof <i>Heiner <b>Wil</b>mer</i> und <a href="#">Ralf</a> Meister.</p>';
    const p = document.getElementById('c')!;
    const texts = [...p.querySelectorAll('i, b, a')].flatMap((e) => [...e.childNodes]).concat([...p.childNodes]);
    const node = (data: string) => texts.find((t) => t.nodeType === 3 && t.textContent === data) as Text;
    const span = (from: Text, fromOffset: number, to: Text, toOffset: number) => {
      const range = document.createRange();
      range.setStart(from, fromOffset);
      range.setEnd(to, toOffset);
      return range;
    };
    const registry = new HighlightRegistry(fakeWindow());
    const wilmer = registry.add('heiner-wilmer', span(node('Heiner '), 0, node('mer'), 3));
    expect(wilmer.range.toString()).toBe('Heiner Wilmer');
    expect(registry.at(node('Heiner '))).toEqual([wilmer]);
    expect(registry.at(node('Wil'))).toEqual([wilmer]);
    expect(registry.at(node('mer'))).toEqual([wilmer]);
    expect(registry.at(node(' und '))).toEqual([]);
    // After the first question the index follows every add.
    const meister = registry.add('ralf-meister', span(node('Ralf'), 0, node(' Meister.'), 8));
    expect(meister.range.toString()).toBe('Ralf Meister');
    expect(registry.at(node('Ralf'))).toEqual([meister]);
    expect(registry.at(node(' Meister.'))).toEqual([meister]);
    expect(registry.at(node('mer'))).toEqual([wilmer]);
  });

  it('removes what removeWhere picks, from the index and from the page', () => {
    const registry = new HighlightRegistry(fakeWindow());
    add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    const wilmer = add(registry, 'heiner-wilmer', textOf('b'), 'Heiner Wilmer');
    const later = add(registry, 'stephan-weil', textOf('b'), 'Stephan Weil');
    expect(shown()).toEqual({
      [highlightName('stephan-weil')]: ['Stephan Weil', 'Stephan Weil'],
      'npa-heiner-wilmer': ['Heiner Wilmer'],
    });
    // Asked before the removal: the index is built then, and must lose the mention too.
    expect(registry.at(textOf('a'))).toHaveLength(1);
    registry.removeWhere((m) => textOf('a').contains(m.range.startContainer));
    expect(registry.all()).toEqual([wilmer, later]);
    expect(registry.at(textOf('a'))).toEqual([]);
    expect(shown()).toEqual({ 'npa-stephan-weil': ['Stephan Weil'], 'npa-heiner-wilmer': ['Heiner Wilmer'] });
    // An entity without mentions has no highlight left.
    registry.removeWhere((m) => m.entity === 'heiner-wilmer');
    expect(Object.keys(shown())).toEqual(['npa-stephan-weil']);
    expect(registry.size).toBe(1);
    registry.clear();
    expect(registry.size).toBe(0);
    expect(shown()).toEqual({});
  });

  it('registers what it built while held only on show()', () => {
    const registry = new HighlightRegistry(fakeWindow());
    registry.hold();
    add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    expect(shown()).toEqual({});
    expect(registry.size).toBe(1);
    registry.show();
    expect(shown()).toEqual({ 'npa-stephan-weil': ['Stephan Weil'] });
  });

  it('applies the reader’s look: overlays for other looks, nothing shown when off, the index kept', () => {
    const registry = new HighlightRegistry(fakeWindow());
    add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    registry.setLook({ style: 'background', palette: 'violet' });
    expect(shown()).toEqual({
      'npa-stephan-weil': ['Stephan Weil'],
      'kk-background-violet-person': ['Stephan Weil'],
    });
    expect(registered.get('kk-background-violet-person')!.priority).toBe(1);
    registry.setLook({ style: 'off', palette: 'standard' });
    expect(shown()).toEqual({});
    expect(registry.size).toBe(1);
    registry.setLook({ style: 'underline', palette: 'standard' });
    expect(shown()).toEqual({ 'npa-stephan-weil': ['Stephan Weil'] });
  });

  it('on a page with very many mentions, registers only those near the visible area, and follows the scroll', () => {
    const registry = new HighlightRegistry(observedWindow());
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    registry.hold();
    for (let i = 0; i < WINDOW_FROM; i++) add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    const wilmer = add(registry, 'heiner-wilmer', textOf('b'), 'Heiner Wilmer');
    registry.show();
    // Nothing is registered until the observer says what is near; every mention stays in the index.
    expect(shown()).toEqual({ 'npa-stephan-weil': [], 'npa-heiner-wilmer': [] });
    expect(registry.size).toBe(WINDOW_FROM + 1);
    expect(observed).toEqual(new Set([a, b]));
    report([b], [a]);
    expect(shown()).toEqual({ 'npa-stephan-weil': [], 'npa-heiner-wilmer': ['Heiner Wilmer'] });
    // Scrolled up: „a“ comes near, „b“ goes away.
    report([a], [b]);
    expect(shown()['npa-stephan-weil']).toHaveLength(WINDOW_FROM);
    expect(shown()['npa-heiner-wilmer']).toEqual([]);
    // A mention added near the visible area shows at once; one removed is no longer followed.
    add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    expect(shown()['npa-stephan-weil']).toHaveLength(WINDOW_FROM + 1);
    registry.removeWhere((m) => m === wilmer);
    expect(observed).toEqual(new Set([a]));
    registry.clear();
    expect(observed).toEqual(new Set());
  });

  it('opens the window while a scan is held, as soon as the line is crossed: show() has nothing left to take up', () => {
    const registry = new HighlightRegistry(observedWindow());
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    registry.hold();
    for (let i = 0; i < WINDOW_FROM; i++) add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    expect(observed).toEqual(new Set());
    add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    expect(observed).toEqual(new Set([a]));
    // Later mentions are followed one by one as they come.
    add(registry, 'heiner-wilmer', textOf('b'), 'Heiner Wilmer');
    expect(observed).toEqual(new Set([a, b]));
    // Still held: nothing registered with the page, whatever the observer says.
    report([a, b], []);
    expect(shown()).toEqual({});
    registry.show();
    expect(shown()['npa-stephan-weil']).toHaveLength(WINDOW_FROM + 1);
    expect(shown()['npa-heiner-wilmer']).toEqual(['Heiner Wilmer']);
    expect(registry.size).toBe(WINDOW_FROM + 2);
    registry.removeWhere((m) => m.entity === 'heiner-wilmer');
    expect(registry.size).toBe(WINDOW_FROM + 1);
    registry.clear();
    expect(registry.size).toBe(0);
  });

  it('keeps registering every mention up to the line', () => {
    const registry = new HighlightRegistry(observedWindow());
    registry.hold();
    for (let i = 0; i < WINDOW_FROM; i++) add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    registry.show();
    expect(shown()['npa-stephan-weil']).toHaveLength(WINDOW_FROM);
  });
});
