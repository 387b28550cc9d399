import { beforeEach, describe, expect, it } from 'vitest';
import { blockContainer, BLOCKS, sameBlock } from '../../../../content/engine/blocks';

/** The text nodes under `root`, in document order. */
function texts(root: Node): Text[] {
  const walker = document.createTreeWalker(root, 0x4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The text node holding exactly `data` under `root`. */
function text(root: Node, data: string): Text {
  const found = texts(root).filter((t) => t.data === data);
  if (found.length !== 1) throw new Error(`${found.length} text nodes "${data}"`);
  return found[0];
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('blocks', () => {
  it('counts paragraphs, list items, cells, headings and line breaks as blocks, inline elements not', () => {
    for (const tag of ['P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H6', 'BLOCKQUOTE', 'BR', 'BODY', 'SECTION']) {
      expect(BLOCKS.has(tag), tag).toBe(true);
    }
    for (const tag of ['SPAN', 'B', 'A', 'EM', 'STRONG', 'I', 'SMALL', 'MARK', 'LABEL']) {
      expect(BLOCKS.has(tag), tag).toBe(false);
    }
  });

  describe('sameBlock', () => {
    it.each<[string, string, string, string, boolean]>([
      ['inline elements in one paragraph', '<p><b>Stephan</b> <i>Weil</i></p>', 'Stephan', 'Weil', true],
      [
        'deeply nested inline elements',
        '<p><a><span><b>Stephan</b></span></a> <em>Weil</em></p>',
        'Stephan',
        'Weil',
        true,
      ],
      ['two paragraphs', '<p>Stephan</p><p>Weil</p>', 'Stephan', 'Weil', false],
      ['two list items', '<ul><li>Stephan</li><li>Weil</li></ul>', 'Stephan', 'Weil', false],
      ['two table cells', '<table><tr><td>Stephan</td><td>Weil</td></tr></table>', 'Stephan', 'Weil', false],
      ['a paragraph and the text after it', '<div><p>Stephan</p>Weil</div>', 'Stephan', 'Weil', false],
      [
        'a heading and a paragraph in one section',
        '<section><h2>Stephan</h2><p>Weil</p></section>',
        'Stephan',
        'Weil',
        false,
      ],
      ['text on both sides of a <br> in one paragraph', '<p>Stephan<br>Weil</p>', 'Stephan', 'Weil', true],
      ['an outer and a nested block', '<div>Stephan<p>Weil</p></div>', 'Stephan', 'Weil', false],
    ])('%s → %s', (_, html, a, b, expected) => {
      document.body.innerHTML = html;
      expect(sameBlock([text(document.body, a), text(document.body, b)])).toBe(expected);
    });

    it('is true for one node or none', () => {
      document.body.innerHTML = '<p>Weil</p>';
      expect(sameBlock([])).toBe(true);
      expect(sameBlock([text(document.body, 'Weil')])).toBe(true);
    });

    it('needs every node in the first one’s block', () => {
      document.body.innerHTML = '<p><b>Ministerpräsident</b> <i>Stephan</i></p><p>Weil</p>';
      const [a, space, b, c] = texts(document.body);
      expect(sameBlock([a, space, b])).toBe(true);
      expect(sameBlock([a, space, b, c])).toBe(false);
      expect(sameBlock([c, a])).toBe(false);
    });
  });

  describe('blockContainer', () => {
    it('finds the nearest block around a text node', () => {
      document.body.innerHTML = '<main><article><p>Vor <b><i>Weil</i></b></p></article></main>';
      const p = document.querySelector('p')!;
      expect(blockContainer(text(document.body, 'Weil'), document.body)).toBe(p);
      expect(blockContainer(text(document.body, 'Vor '), document.body)).toBe(p);
    });

    it('answers a block element itself, and an inline element’s block', () => {
      document.body.innerHTML = '<div><p><span>x</span></p></div>';
      const p = document.querySelector('p')!;
      expect(blockContainer(p, document.body)).toBe(p);
      expect(blockContainer(document.querySelector('span')!, document.body)).toBe(p);
    });

    it('answers the fallback when no block lies below it', () => {
      document.body.innerHTML = '<span><b>Weil</b></span>';
      const span = document.querySelector('span')!;
      expect(blockContainer(text(document.body, 'Weil'), span)).toBe(span);
      // The walk stops at the fallback even when a block lies further up.
      document.body.innerHTML = '<p><span><b>Weil</b></span></p>';
      const inner = document.querySelector('span')!;
      expect(blockContainer(text(document.body, 'Weil'), inner)).toBe(inner);
      expect(blockContainer(inner, inner)).toBe(inner);
    });

    it('answers the fallback for a node outside any block and outside the fallback', () => {
      const loose = document.createElement('span');
      loose.textContent = 'Weil';
      expect(blockContainer(loose.firstChild!, document.body)).toBe(document.body);
    });

    it('stops at a shadow root: text in a shadow tree is rescanned within it', () => {
      document.body.innerHTML = '<p><span id="host"></span></p>';
      const host = document.getElementById('host')!;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<b>Stephan Weil</b><div><i>Ralf Meister</i></div>';
      // Inline text directly in the shadow tree: the shadow root, not the host's paragraph.
      expect(blockContainer(text(shadow, 'Stephan Weil'), document.body)).toBe(shadow);
      // A block inside the shadow tree comes first.
      expect(blockContainer(text(shadow, 'Ralf Meister'), document.body)).toBe(shadow.querySelector('div'));
    });
  });
});
