import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityId } from '../../../../content/dataset';
import { highlightName, HighlightRegistry } from '../../../../content/engine/highlight-registry';

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
  return registry.add(entity, rangeOf(text, word), [text]);
}

beforeEach(() => {
  registered = new Map();
  document.body.innerHTML =
    '<p id="a">Ministerpräsident Stephan Weil dankte.</p><div id="host"></div><p id="b">Bischof Heiner Wilmer und Stephan Weil.</p>';
});

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

  it('removes what removeWhere picks, from the index and from the page', () => {
    const registry = new HighlightRegistry(fakeWindow());
    add(registry, 'stephan-weil', textOf('a'), 'Stephan Weil');
    const wilmer = add(registry, 'heiner-wilmer', textOf('b'), 'Heiner Wilmer');
    const later = add(registry, 'stephan-weil', textOf('b'), 'Stephan Weil');
    expect(shown()).toEqual({
      [highlightName('stephan-weil')]: ['Stephan Weil', 'Stephan Weil'],
      'npa-heiner-wilmer': ['Heiner Wilmer'],
    });
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
});
