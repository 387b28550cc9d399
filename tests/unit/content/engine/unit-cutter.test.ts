import { beforeEach, describe, expect, it } from 'vitest';
import { UnitCutter } from '../../../../content/engine/unit-cutter';

/** All units of `root` at once. */
function scanUnits(root: Node, eager = false): Node[] {
  const cutter = new UnitCutter(root, eager);
  const units: Node[] = [];
  for (let unit = cutter.next(); unit; unit = cutter.next()) units.push(unit);
  return units;
}

const html = (units: Node[]) => units.map((n) => (n.nodeType === 1 ? (n as Element).outerHTML : `#${n.nodeName}`));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('unit cutter', () => {
  it('cuts a page into block units', () => {
    document.body.innerHTML = '<main><p>a</p><p>b</p></main><footer><p>c</p><p>d</p></footer>';
    expect(scanUnits(document.body).map((n) => (n as Element).outerHTML)).toEqual([
      '<p>a</p>',
      '<p>b</p>',
      '<p>c</p>',
      '<p>d</p>',
    ]);
    document.body.innerHTML = 'Text <b>inline</b><p>x</p>';
    expect(scanUnits(document.body)).toEqual([document.body]);
  });

  it('follows lone wrappers down to the paragraphs, past images between them', () => {
    const wrappers = 20;
    document.body.innerHTML = `${'<div>'.repeat(wrappers)}<main><h1>T</h1><p>a</p><img alt=""><p>b</p></main>${'</div>'.repeat(wrappers)}`;
    expect(scanUnits(document.body).map((n) => (n as Element).outerHTML)).toEqual([
      '<h1>T</h1>',
      '<p>a</p>',
      '<p>b</p>',
    ]);
  });

  it('cuts a block with thousands of children over several slices, to the same units', () => {
    document.body.innerHTML = `<main>${'<p>x</p>\n'.repeat(3000)}</main>`;
    const cutter = new UnitCutter(document.body);
    const units: Node[] = [];
    let pauses = 0;
    // Every question about time is answered „stop“: the cutter must still make progress between them.
    for (let unit = cutter.next(() => false); unit !== null; unit = cutter.next(() => false)) {
      if (unit === undefined) pauses++;
      else units.push(unit);
    }
    expect(pauses).toBeGreaterThan(3);
    expect(units).toEqual(scanUnits(document.body));
    expect(units).toHaveLength(3000);
  });

  it('leaves scripts, styles and editors between blocks out of the units', () => {
    document.body.innerHTML = '<main><p>a</p><script>x</script><style>y</style><textarea>z</textarea><p>b</p></main>';
    expect(html(scanUnits(document.body))).toEqual(['<p>a</p>', '<p>b</p>']);
  });

  it('keeps an element with text or inline children of its own as one unit', () => {
    document.body.innerHTML = '<div><p>a</p>lose Text<p>b</p></div>';
    expect(scanUnits(document.body)).toEqual([document.querySelector('div')]);
    document.body.innerHTML = '<div><p>a</p><span>b</span></div>';
    expect(scanUnits(document.body)).toEqual([document.querySelector('div')]);
  });

  it('asks the browser’s XPath for text children where it has one, and follows its answer', () => {
    // happy-dom has no XPath: the query is played by hand, with XPath's white space (no-break space is text).
    const doc = document.implementation.createHTMLDocument('x');
    const asked: Node[] = [];
    doc.createExpression = (() => ({
      evaluate: (node: Node) => {
        asked.push(node);
        const text = [...node.childNodes].find((c) => c.nodeType === 3 && /[^ \t\r\n]/.test((c as Text).data));
        return { singleNodeValue: text ?? null };
      },
    })) as unknown as Document['createExpression'];
    doc.body.innerHTML = '<main><p>a</p>\n <p>b</p></main><section><p>c</p>\u00a0<p>d</p></section>';
    const [main, section] = doc.body.children;
    expect(html(scanUnits(doc.body))).toEqual(['<p>a</p>', '<p>b</p>', section.outerHTML]);
    expect(asked).toEqual([main, section]);
  });

  it('cuts nothing out of a hidden or editable element made of blocks', () => {
    document.body.innerHTML =
      '<main><section hidden><p>a</p><p>b</p></section><div contenteditable><p>c</p></div><p>d</p></main>';
    expect(html(scanUnits(document.body))).toEqual(['<p>d</p>']);
  });

  it('gives a text node or an empty element as its own unit, then null', () => {
    const t = document.createTextNode('Stephan Weil');
    const cutter = new UnitCutter(t);
    expect(cutter.next()).toBe(t);
    expect(cutter.next()).toBeNull();
    expect(cutter.next()).toBeNull();
    const empty = document.createElement('p');
    expect(scanUnits(empty)).toEqual([empty]);
  });

  it('cuts queued roots after everything queued before them, in document order within each', () => {
    document.body.innerHTML = '<main><p>a</p><p>b</p></main><div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>s1</p><p>s2</p>';
    const cutter = new UnitCutter(document.body);
    const units: Node[] = [cutter.next()!];
    cutter.add(shadow);
    for (let unit = cutter.next(); unit; unit = cutter.next()) units.push(unit);
    // The host is empty: it does not hold its shadow tree's text, so the light DOM is one text-less unit.
    expect(units.map((n) => n.textContent)).toEqual(['a', 'b', '', 's1', 's2']);
  });

  it('cuts a root queued after it ran out, and another queued then', () => {
    document.body.innerHTML = '<main><p>a</p><p>b</p></main>';
    const cutter = new UnitCutter(document.body);
    const units: (string | null)[] = [];
    for (let unit = cutter.next(); unit; unit = cutter.next()) units.push(unit.textContent);
    expect(units).toEqual(['a', 'b']);
    const late = document.createElement('div');
    late.innerHTML = '<p>c</p><p>d</p>';
    cutter.add(late);
    cutter.add(document.createTextNode('e'));
    for (let unit = cutter.next(); unit; unit = cutter.next()) units.push(unit.textContent);
    expect(units).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(cutter.next()).toBeNull();
  });

  it('follows at most 32 levels of wrappers', () => {
    document.body.innerHTML = `${'<div>'.repeat(40)}<p>a</p><p>b</p>${'</div>'.repeat(40)}`;
    const units = scanUnits(document.body);
    expect(units).toHaveLength(1);
    let depth = 0;
    for (let n: Node | null = units[0]; n && n !== document.body; n = n.parentNode) depth++;
    expect(depth).toBe(32);
    expect(units[0].textContent).toBe('ab');
  });

  it('keeps a paragraph whole even when a script filled it with blocks', () => {
    document.body.innerHTML = '<main><p id="p"></p><p>b</p></main>';
    const p = document.getElementById('p')!;
    for (const t of ['Stephan', 'Weil']) p.appendChild(document.createElement('div')).textContent = t;
    expect(scanUnits(document.body)).toEqual([p, p.nextElementSibling]);
  });

  describe('eager (the first look)', () => {
    it('gives a block before looking at its later siblings, and the element whole once it turns out mixed', () => {
      document.body.innerHTML = `<main><p>a</p>${'<p>x</p>'.repeat(2000)}<span>lose</span></main>`;
      const main = document.querySelector('main')!;
      const cutter = new UnitCutter(document.body, true);
      let asked = 0;
      expect(cutter.next(() => (asked++, true))).toBe(main.firstElementChild);
      expect(asked).toBe(0);
      // Exact, the same element is one unit, given first.
      expect(scanUnits(document.body)).toEqual([main]);
      const eager = scanUnits(document.body, true);
      expect(eager).toHaveLength(2002);
      expect(eager.at(-1)).toBe(main);
      // Given whole, it names the blocks in it that were given already, for the reader to pass over.
      const again = new UnitCutter(document.body, true);
      let unit = again.next();
      while (unit !== main) {
        expect(again.givenInside).toEqual([]);
        unit = again.next();
      }
      expect(again.givenInside).toEqual([...main.querySelectorAll('p')]);
    });

    it('gives every text at least once, and skips what the exact cut skips', () => {
      const pages = [
        '<main><p>a</p><p>b</p></main><footer><p>c</p><p>d</p></footer>',
        'Text <b>inline</b><p>x</p>',
        '<div><p>a</p>lose Text<p>b</p></div><div><div><p>c</p></div><h2>d</h2></div>',
        `${'<div>'.repeat(40)}<p>a</p><p>b</p>${'</div>'.repeat(40)}`,
        '<main><section hidden><p>a</p><p>b</p></section><div contenteditable><p>c</p></div><p>d</p></main>',
      ];
      const covered = (units: Node[]) => {
        const texts = new Set<Node>();
        for (const u of units) {
          if ((u as Element).closest?.('[hidden],[contenteditable]')) continue;
          const walker = document.createTreeWalker(u, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.add(t);
        }
        return [...texts].map((t) => t.textContent);
      };
      for (const page of pages) {
        document.body.innerHTML = page;
        expect(covered(scanUnits(document.body, true)).sort(), page).toEqual(covered(scanUnits(document.body)).sort());
      }
    });
  });
});
