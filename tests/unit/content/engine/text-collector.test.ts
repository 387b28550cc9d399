import { beforeEach, describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../../../content/engine/detect-text';
import { HighlightRegistry } from '../../../../content/engine/highlight-registry';
import { createPageContext } from '../../../../content/engine/page-context';
import { markSubtree } from '../../../../content/engine/subtree-marker';
import { BLOCK_BREAK, buildTextIndex, rangeFor, TextCollector } from '../../../../content/engine/text-collector';

/** Marks `html` in a fresh body and returns [entity, range text] pairs. */
function mark(html: string): [string, string][] {
  document.body.innerHTML = html;
  const registry = new HighlightRegistry(window as Window & typeof globalThis);
  markSubtree(document.body, defaultMatcher(), createPageContext(), registry);
  return registry.all().map((m) => [m.entity, m.range.toString()]);
}

describe('text index', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline elements and separates blocks', () => {
    document.body.innerHTML = '<p><b>Stephan</b> Weil</p><p>Zweiter</p>';
    const index = buildTextIndex(document.body);
    expect(index.text).toBe(`Stephan Weil${BLOCK_BREAK}Zweiter`);
    expect(index.nodes.map((n) => n.data)).toEqual(['Stephan', ' Weil', 'Zweiter']);
  });

  it('maps a flat range back across text nodes', () => {
    document.body.innerHTML = '<p>Der <a href="#">Nieder</a>sachsen</p>';
    const index = buildTextIndex(document.body);
    const start = index.text.indexOf('Nieder');
    const { range, nodes } = rangeFor(document, index, start, start + 'Niedersachsen'.length);
    expect(range.toString()).toBe('Niedersachsen');
    expect(nodes).toHaveLength(2);
  });

  it('skips scripts, styles, templates, form fields, editors and hidden subtrees', () => {
    document.body.innerHTML = `<p>sichtbar</p><script>Stephan Weil</script><style>.a{}</style><template>x</template>
      <textarea>Stephan Weil</textarea><div contenteditable="true">Stephan Weil</div><div hidden>Stephan Weil</div>`;
    expect(buildTextIndex(document.body).text).not.toContain('Stephan');
  });

  // happy-dom's own selector engine recurses; the 5,000-level case runs in real browsers (tests/e2e/hostile-pages).
  it('walks deeply nested DOMs', () => {
    let html = 'Stephan Weil';
    for (let i = 0; i < 500; i++) html = `<span>${html}</span>`;
    document.body.innerHTML = `<div>${html}</div>`;
    expect(buildTextIndex(document.body).text).toContain('Stephan Weil');
  });
});

describe('marking a subtree', () => {
  it('marks a name split by markup', () => {
    expect(mark('<p>Ministerpräsident <b>Stephan</b> Weil</p>')).toEqual([
      ['stephan-weil', 'Ministerpräsident Stephan Weil'],
    ]);
  });

  it('marks a name with a soft hyphen and keeps the soft hyphen in the range', () => {
    expect(mark('<p>Ulrich Mäd&shy;ge</p>')).toEqual([['ulrich-maedge', 'Ulrich Mäd\u00adge']]);
  });

  it('never joins a name across blocks', () => {
    expect(mark('<p>Stephan</p><p>Weil</p>')).toEqual([]);
    expect(mark('<li>Niedersachsen</li><li>packt an</li>')).toEqual([]);
  });

  it('leaves the DOM byte-identical', () => {
    const html = '<p>Das Bündnis <i>„Niedersachsen packt an“</i> und Landesbischof Ralf Meister.</p>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    markSubtree(
      document.body,
      defaultMatcher(),
      createPageContext(),
      new HighlightRegistry(window as Window & typeof globalThis),
    );
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('TextCollector', () => {
  it('reads a huge unit over several slices and ends with the same index as at once', () => {
    document.body.innerHTML = `<div>${'<span>x </span>'.repeat(5000)}<b>Stephan</b> Weil</div>`;
    const whole = buildTextIndex(document.body);
    const collector = new TextCollector();
    collector.add(document.body);
    let slices = 1;
    let asked = 0;
    // Stop at every second question: each slice reads at most 2,048 nodes.
    while (!collector.collect(() => ++asked % 2 === 1)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(collector.index).toEqual(whole);
    expect(collector.index.text.endsWith('Stephan Weil')).toBe(true);
  });

  it('reads several units into one index, a block break between them', () => {
    document.body.innerHTML = '<p>Ralf <b>Meister</b></p><p>Stephan Weil</p>';
    const collector = new TextCollector();
    for (const p of document.querySelectorAll('p')) collector.add(p);
    expect(collector.collect()).toBe(true);
    expect(collector.index.text).toBe(`Ralf Meister${BLOCK_BREAK}Stephan Weil`);
    expect(collector.roots).toHaveLength(2);
  });
});

describe('TextCollector in a huge flat unit', () => {
  it('still skips editors and hidden elements, read attribute by attribute', () => {
    const filler = '<span>x</span>'.repeat(1200);
    document.body.innerHTML = `<div>${filler}<span hidden>Stephan Weil</span><span contenteditable="true">Ralf Meister</span><span contenteditable="false">Heiner Wilmer</span></div>`;
    const text = buildTextIndex(document.body.firstChild!).text;
    expect(text).not.toContain('Stephan');
    expect(text).not.toContain('Ralf');
    expect(text).toContain('Heiner Wilmer');
  });
});
