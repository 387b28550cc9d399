import { describe, expect, it } from 'vitest';
import { locateInUnit, onlyShadowRootsCount, plainText, UnitWalk } from '../../../../content/engine/plain-units';
import { buildTextIndex } from '../../../../content/engine/text-collector';

const unitOf = (html: string): Element => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('plainText', () => {
  it.each<[string, string]>([
    ['text only', '<p>Ministerpräsident Stephan Weil sagte</p>'],
    [
      'ordinary inline elements',
      '<p>Das Bündnis <a href="#">„Niedersachsen <b>packt</b> an“</a> und <em>Ralf</em> Meister.</p>',
    ],
    ['an image and a span', '<p><img alt="">Doris <span>Schröder-Köpf</span></p>'],
  ])('reads a plain unit (%s) as the walk would', (_name, html) => {
    const unit = unitOf(html);
    expect(plainText(unit)).toBe(buildTextIndex(unit).text.replace(/^\u0000/, ''));
  });

  it.each<[string, string]>([
    ['a line break (a block break for the walk)', '<p>Ministerpräsident<br>Stephan Weil</p>'],
    ['a nested block', '<div>Vorspann <p>Stephan Weil</p></div>'],
    ['a script', '<p>Text <script>var Weil = 1;</script></p>'],
    ['a hidden span', '<p>Stephan <span hidden>x</span>Weil</p>'],
    ['an editable span', '<p>Stephan <span contenteditable="true">Weil</span></p>'],
    ['a custom element (it may hold a shadow root)', '<p>Stephan <x-name>Weil</x-name></p>'],
    ['code', '<p>Stephan <code>Weil</code></p>'],
  ])('leaves a unit with %s to the walk', (_name, html) => {
    expect(plainText(unitOf(html))).toBeNull();
  });

  it('leaves a shadow host to the walk', () => {
    const unit = unitOf('<p>Host</p>');
    unit.attachShadow({ mode: 'open' }).innerHTML = '<b>Stephan Weil</b>';
    expect(plainText(unit)).toBeNull();
  });

  it('leaves a unit with very many elements to the resumable walk', () => {
    expect(plainText(unitOf(`<p>${'<b>x</b> '.repeat(600)}</p>`))).toBeNull();
    expect(plainText(unitOf(`<p>${'<b>x</b> '.repeat(100)}</p>`))).toHaveLength(200);
  });

  it('reads a text node as its data', () => {
    expect(plainText(document.createTextNode('Landesbischof Ralf Meister'))).toBe('Landesbischof Ralf Meister');
  });
});

describe('locateInUnit', () => {
  it('finds the text nodes and offsets of a span of the unit’s text', () => {
    const unit = unitOf('<p>Das Bündnis <b>„Nieder</b>sachsen packt an“ lädt ein.</p>');
    const text = plainText(unit)!;
    const from = text.indexOf('„');
    const to = text.indexOf('“') + 1;
    const place = locateInUnit(unit, from, to)!;
    expect([place.start.data, place.end.data]).toEqual(['„Nieder', 'sachsen packt an“ lädt ein.']);
    const range = document.createRange();
    range.setStart(place.start, place.startOffset);
    range.setEnd(place.end, place.endOffset);
    expect(range.toString()).toBe('„Niedersachsen packt an“');
  });

  it('starts in the next node when the span begins exactly at a node boundary', () => {
    const unit = unitOf('<p>Bischof <i>Heiner Wilmer</i></p>');
    const place = locateInUnit(unit, 'Bischof '.length, 'Bischof Heiner'.length)!;
    expect(place.start.data).toBe('Heiner Wilmer');
    expect(place.startOffset).toBe(0);
  });

  it('answers null when the page has shortened the text meanwhile', () => {
    const unit = unitOf('<p>Stephan Weil sagte</p>');
    (unit.firstChild as Text).data = 'Weil';
    expect(locateInUnit(unit, 8, 12)).toBeNull();
  });
});

/** The place a walk found last, as locateInUnit answers it. */
const placeOf = ({ start, startOffset, end, endOffset }: UnitWalk) => ({ start, startOffset, end, endOffset });

describe('UnitWalk', () => {
  it('places spans in text order, and one before the last, as locateInUnit does each', () => {
    const unit = unitOf(
      '<p>Bischof <i>Heiner <b>Wil</b>mer</i> und <a href="#">Landesbischof Ralf</a> Meister, dann Stephan Weil.</p>',
    );
    const text = plainText(unit)!;
    const spans = ['Heiner Wilmer', 'Ralf Meister', 'Stephan Weil', 'Bischof'].map((w) => {
      const from = text.indexOf(w);
      return [from, from + w.length] as const;
    });
    const walk = new UnitWalk(unit);
    for (const [from, to] of spans) {
      expect(walk.locate(from, to)).toBe(true);
      const place = placeOf(walk);
      expect(place).toEqual(locateInUnit(unit, from, to));
      const range = document.createRange();
      range.setStart(place.start, place.startOffset);
      range.setEnd(place.end, place.endOffset);
      expect(range.toString()).toBe(text.slice(from, to));
    }
    // Every span of the text, in order and backwards, from one walk each.
    for (const order of [1, -1]) {
      const all: [number, number][] = [];
      for (let from = 0; from < text.length; from += 3) all.push([from, Math.min(text.length, from + 7)]);
      if (order < 0) all.reverse();
      const each = new UnitWalk(unit);
      for (const [from, to] of all) {
        const place = each.locate(from, to) ? placeOf(each) : null;
        expect(place, `${from}-${to}`).toEqual(locateInUnit(unit, from, to));
      }
    }
  });
});

describe('UnitWalk, moved on by reset', () => {
  it('places spans in the next unit from its start, as a walk of its own does', () => {
    const first = unitOf('<p>Am Ende: Stephan <b>Weil</b></p>');
    const second = unitOf('<p><i>Ralf</i> Meister sprach.</p>');
    const walk = new UnitWalk(first);
    const firstText = plainText(first)!;
    expect(walk.locate(firstText.indexOf('Stephan'), firstText.length)).toBe(true);
    walk.reset(second);
    const text = plainText(second)!;
    expect(walk.locate(0, 'Ralf Meister'.length)).toBe(true);
    expect(placeOf(walk)).toEqual(locateInUnit(second, 0, 'Ralf Meister'.length));
    expect(walk.start.data).toBe('Ralf');
    expect(walk.locate(text.length, text.length + 1)).toBe(false);
  });
});

describe('onlyShadowRootsCount', () => {
  const huge = (inner: string) => unitOf(`<div>${'<span>x </span>'.repeat(600)}${inner}</div>`);

  it('leaves out the text of a huge unit without any anchor word', () => {
    expect(onlyShadowRootsCount(huge('<span>Niemand hier.</span>'))).toBe(true);
  });

  it('keeps a huge unit whose text holds an anchor, even one cut by markup or a soft hyphen, or one that starts no word', () => {
    expect(onlyShadowRootsCount(huge('<span>Stephan Weil</span>'))).toBe(false);
    expect(onlyShadowRootsCount(huge('<span>Nieder</span><wbr><span>sachsen</span>'))).toBe(false);
    expect(onlyShadowRootsCount(huge('<span>Wei\u00adl</span>'))).toBe(false);
    // textContent joins blocks without a space („…Vorspann</div><div>Weil …“ reads „VorspannWeil“): it must still count.
    expect(onlyShadowRootsCount(huge('<div>Vorspann</div><div>Weil sagte</div>'))).toBe(false);
  });

  it('never leaves out a unit small enough for the plain test', () => {
    expect(onlyShadowRootsCount(unitOf(`<div>${'<span>x </span>'.repeat(400)}<div>y</div></div>`))).toBe(false);
  });
});
