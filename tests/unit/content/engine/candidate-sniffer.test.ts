import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateSniffer, mayMention } from '../../../../content/engine/candidate-sniffer';
import { ENTITIES } from '../../../../content/dataset';
import { ANCHOR_WORDS } from '../../../../content/dataset/anchor-words';
import { detectInText } from '../../../../content/engine/detect-text';
import { INVISIBLE_CHARS } from '../../../../content/engine/invisible-chars';

const CORPUS = join(import.meta.dirname, '../../../corpus');
/** The passages written for the project and the real ones: the forms the matcher accepts, in use. */
const passages = ['dev', 'real'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(CORPUS, dir, f), 'utf8')) as { text: string }),
);

/** Runs a sniffer over `root` to the end. */
const sniff = (root: Node) => new CandidateSniffer(root).run();

/** Runs a sniffer over the body and tells the shadow roots it met: its answer and those roots. */
function sniffBody(): { found: boolean | undefined; met: ShadowRoot[] } {
  const met: ShadowRoot[] = [];
  return { found: new CandidateSniffer(document.body, (s) => met.push(s)).run(), met };
}

/** Gives the element `#host` an open shadow root holding a name. */
function nameInShadowOfHost(): ShadowRoot {
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Landesbischof Ralf Meister</p>';
  return shadow;
}

/** Counts the reads of a text node's `data` from now on: `reads()` tells how many there were. */
function countReads(text: Text): { reads: () => number } {
  let reads = 0;
  const data = text.data;
  Object.defineProperty(text, 'data', { get: () => (reads++, data) });
  return { reads: () => reads };
}

describe('candidate sniffer', () => {
  it('knows the anchor words of every entity, no more', () => {
    const fromEntities = new Set(ENTITIES.flatMap((e) => (e.kind === 'person' ? [e.forms.anchor] : e.forms.anchors)));
    expect([...ANCHOR_WORDS].sort()).toEqual([...fromEntities].sort());
  });

  it('never rules out text in which the matcher finds a mention', () => {
    const withMentions = passages
      .flatMap(({ text }) => text.split('\n'))
      .filter((paragraph) => detectInText(paragraph).length > 0);
    // The corpus is what makes this test mean something.
    expect(withMentions.length).toBeGreaterThan(200);
    for (const paragraph of withMentions) expect(mayMention(paragraph), paragraph).toBe(true);
    const piece = fc.constantFrom(...passages.flatMap((p) => p.text.split(/(?<=[ .,])/)));
    const invisible = fc.constantFrom(...INVISIBLE_CHARS);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), invisible)), (pieces, cuts) => {
        let text = pieces.join('');
        for (const [at, c] of cuts)
          text = text.slice(0, at % (text.length + 1)) + c + text.slice(at % (text.length + 1));
        // Either the first look lets the text through, or there is nothing to find in it.
        expect(mayMention(text) || detectInText(text).length === 0, text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rules out ordinary text without anchor words', () => {
    expect(mayMention('Die Stadt Bremen plant neue Radwege, sagte der Bürgermeister am Montag.')).toBe(false);
    expect(mayMention('Nieder\u00adsachsen')).toBe(true);
    // An anchor inside a word is none: no form the matcher accepts starts in the middle of a word.
    expect(mayMention('if (window.INSTALL_RAVEN) { CONSTANT }')).toBe(false);
    expect(mayMention('(DGB)')).toBe(true);
    // An invisible character alone is no reason to wake the engine (many pages have soft hyphens).
    expect(mayMention('Bundes\u00adregierung\u200b')).toBe(false);
  });

  it('sees a name whose word markup cuts, in two pieces or more', () => {
    document.body.innerHTML = '<p>Ministerpräsident Stephan <b>Wei</b>l sagte</p>';
    expect(sniff(document.body)).toBe(true);
    document.body.innerHTML = '<p>Im Land Nie<i>der</i><b>sach</b>sen</p>';
    expect(sniff(document.body)).toBe(true);
    document.body.innerHTML = '<p>Im Land Nieder\u00ad<b>sachsen</b></p>';
    expect(sniff(document.body)).toBe(true);
    document.body.innerHTML = '<p>Die Stadt <b>Bremen</b> und <i>Hamburg</i></p>';
    expect(sniff(document.body)).toBe(false);
  });

  it('reads an element with blocks and text of its own whole, without its blocks read before', () => {
    document.body.innerHTML = '<div><p>Erster Absatz</p><p>Zweiter Absatz</p>Im Land Nieder<b>sachsen</b></div>';
    const inBlock = countReads(document.querySelector('p')!.firstChild as Text);
    expect(sniff(document.body)).toBe(true);
    expect(inBlock.reads()).toBe(0);
    document.body.innerHTML = '<div><p>Erster Absatz</p>Im Land Nieder<p>sachsen</p></div>';
    expect(sniff(document.body)).toBe(false);
  });

  it('ignores text the engine never reads: scripts and styles', () => {
    document.body.innerHTML = '<p>Ohne.</p><script>const who = "Stephan Weil";</script><style>.Weil{}</style>';
    expect(sniff(document.body)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>Stephan Weil</p>');
    expect(sniff(document.body)).toBe(true);
  });

  it('looks into open shadow roots, and says which it met', () => {
    document.body.innerHTML = '<div id="host"></div><p>Ohne Namen.</p>';
    const shadow = nameInShadowOfHost();
    expect(sniffBody()).toEqual({ found: true, met: [shadow] });
    shadow.innerHTML = '<p>Niemand.</p>';
    expect(sniff(document.body)).toBe(false);
  });

  it('in a unit too large for the plain test, finds a name in its text and in its open shadow roots', () => {
    const huge = (inner: string) => `<div>${'<span>x </span>'.repeat(600)}${inner}</div><p>Ohne Namen.</p>`;
    document.body.innerHTML = huge('<span>Ohne</span>');
    expect(sniff(document.body)).toBe(false);
    document.body.innerHTML = huge('<div>Vorspann</div><div><b>Stephan</b> Weil</div>');
    expect(sniff(document.body)).toBe(true);
    // Its text holds no anchor word, so only its elements are walked: the shadow root is still found.
    document.body.innerHTML = huge('<span><i id="host"></i></span>');
    const shadow = nameInShadowOfHost();
    expect(sniffBody()).toEqual({ found: true, met: [shadow] });
    // Such a unit's elements are walked last: a name after it ends the look before that walk.
    document.body.insertAdjacentHTML('beforeend', '<p>Stephan Weil</p>');
    expect(sniffBody()).toEqual({ found: true, met: [] });
  });

  it('in a unit the plain test refuses, reads its text as a whole first: without an anchor, only its elements are walked', () => {
    // An icon and a script make the unit not plain; its text holds no anchor word.
    document.body.innerHTML = '<div>Ohne <svg></svg>Namen <script>x</script> hier</div>';
    // The text after the icon: the cutter itself only looks for the unit's first text (XPath in a browser).
    const later = countReads(document.querySelector('div')!.childNodes[2] as Text);
    expect(sniff(document.body)).toBe(false);
    expect(later.reads()).toBe(0);
    // With an anchor word anywhere in it, its text nodes are tested as before: one inside a word is none.
    document.body.innerHTML = '<div>Die INSTALLATION <svg></svg>läuft hier</div>';
    expect(sniff(document.body)).toBe(false);
    document.body.innerHTML = '<div>Ohne <svg></svg><b>Stephan</b> Weil hier</div>';
    expect(sniff(document.body)).toBe(true);
    // Its open shadow roots still count.
    document.body.innerHTML = '<div>Ohne <svg></svg>Namen <span id="host"></span></div>';
    const shadow = nameInShadowOfHost();
    expect(sniffBody()).toEqual({ found: true, met: [shadow] });
  });

  it('goes on where it stopped when told to stop', () => {
    document.body.innerHTML = `${'<p>Ohne Namen.</p>'.repeat(3000)}<p>Stephan Weil</p>`;
    const sniffer = new CandidateSniffer(document.body);
    let stops = 0;
    let result: boolean | undefined;
    while ((result = sniffer.run(() => false)) === undefined) stops++;
    expect(result).toBe(true);
    // 3,001 paragraph units, each read as one string; the sniffer asks every 64 units (the cutter every
    // 1,024 children): it stops often, and every call makes progress.
    expect(stops).toBeGreaterThanOrEqual(Math.floor(3001 / 64));
    expect(stops).toBeLessThan(3001 / 32);
    expect(sniff(document.createTextNode('Landesbischof Meister'))).toBe(true);
  });
});
