import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultMatcher } from '../../../../content/engine/detect-text';
import { PageEngine } from '../../../../content/engine/page-engine';

let engine: PageEngine | null = null;
afterEach(() => engine?.stop());

async function marks(html: string): Promise<[string, string][]> {
  document.body.innerHTML = html;
  engine = new PageEngine(document, defaultMatcher(), { isOwnNode: () => false, schedule: (t) => t() });
  engine.start();
  await engine.settled;
  return engine.registry.all().map((m) => [m.entity, m.range.toString()]);
}

describe('page engine', () => {
  it('marks a bare surname that stands before the introduction, in another unit', async () => {
    expect(await marks('<p>Meyer sagte:</p><p>„Gut.“</p><p>Prof. Dr. Hubert Meyer ist Sprecher.</p>')).toEqual([
      ['hubert-meyer', 'Meyer'],
      ['hubert-meyer', 'Prof. Dr. Hubert Meyer'],
    ]);
  });

  it('marks names in a unit too large for the plain test, in its text and in its open shadow roots', async () => {
    const huge = (inner: string) => `<div>${'<span>x </span>'.repeat(600)}${inner}</div>`;
    expect(await marks(huge('<div>Vorspann</div><div><b>Stephan</b> Weil sagte</div>'))).toEqual([
      ['stephan-weil', 'Stephan Weil'],
    ]);
    // Without an anchor word in its own text, only its elements are walked; the shadow root is still scanned.
    document.body.innerHTML = huge('<span id="host"></span>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Landesbischof Ralf Meister</p>';
    engine = new PageEngine(document, defaultMatcher(), { isOwnNode: () => false, schedule: (t) => t() });
    engine.start();
    await engine.settled;
    expect(engine.registry.all().map((m) => [m.entity, m.range.toString()])).toEqual([
      ['ralf-meister', 'Landesbischof Ralf Meister'],
    ]);
  });

  it('never scans inside an editor, even when it is a unit of its own', async () => {
    expect(await marks('<div contenteditable="true"><p>Stephan Weil</p><p>Ralf Meister</p></div><p>x</p>')).toEqual([]);
    // Units below a skipped wrapper (the cutter goes through it) and a skipped unit itself.
    expect(
      await marks(
        '<main><section hidden><div><p>Stephan Weil</p></div><p>Ralf Meister</p></section>' +
          '<p contenteditable="">Heiner Wilmer</p><p>Doris Schröder-Köpf</p></main>',
      ),
    ).toEqual([['doris-schroeder-koepf', 'Doris Schröder-Köpf']]);
  });

  it('marks text added later and forgets removed text', async () => {
    await marks('<p>Anfang</p><p>Mitte</p>');
    const late = document.createElement('p');
    late.textContent = 'Später: Landesbischof Ralf Meister.';
    document.body.append(late);
    await new Promise((r) => setTimeout(r, 0)); // the MutationObserver delivers
    expect(engine!.registry.all().map((m) => m.range.toString())).toEqual(['Landesbischof Ralf Meister']);
    late.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(engine!.registry.all()).toEqual([]);
  });

  it('treats a very large batch of changes as a full (sliced) rescan', async () => {
    await marks('<p>x</p><p>y</p>');
    for (let i = 0; i < 300; i++) document.body.insertAdjacentHTML('beforeend', `<p>Absatz ${i}</p>`);
    document.body.insertAdjacentHTML('beforeend', '<p>Ministerpräsident Stephan Weil</p>');
    await new Promise((r) => setTimeout(r, 0));
    await engine!.settled;
    expect(engine!.registry.all().map((m) => m.range.toString())).toEqual(['Ministerpräsident Stephan Weil']);
  });

  it('decides bare surnames when a late introduction arrives, without reading earlier text again', async () => {
    const paragraphs = Array.from(
      { length: 200 },
      (_, i) => `<p>Absatz ${i}: sagte Müller, und Thomas Müller nickte.</p>`,
    );
    const counting = defaultMatcher();
    let read = 0;
    const matcher = { find: (text: string) => ((read += text.length), counting.find(text)) };
    document.body.innerHTML = paragraphs.join('');
    let changed = 0;
    engine = new PageEngine(document, matcher, {
      isOwnNode: () => false,
      schedule: (t) => t(),
      onChange: () => changed++,
    });
    engine.start();
    await engine.settled;
    expect(engine.registry.all()).toEqual([]);
    const once = read;
    const before = changed;
    // The introduction comes last, in text added later: the 200 waiting „Müller“ count now, „Thomas Müller“ never.
    document.body.insertAdjacentHTML('beforeend', '<p>Dr. Volker Müller, Hauptgeschäftsführer.</p>');
    // Registered over slices (a page can hold thousands); onChange tells when all are there.
    await vi.waitFor(() => expect(changed).toBeGreaterThan(before));
    const marked = engine.registry.all().map((m) => m.range.toString());
    expect(marked).toHaveLength(201);
    expect(marked.filter((t) => t === 'Müller')).toHaveLength(200);
    expect(read - once).toBeLessThan(100); // only the new paragraph was read
  });

  // One paragraph is scanned in the first slice, which runs inside start(); 3,000 take several.
  for (const [slice, paragraphs, failAt] of [
    ['the first slice', 1, 1],
    ['a later slice', 3000, 1800],
  ] as const) {
    it(`answers when ${slice} throws, reports it once, and goes on`, async () => {
      document.body.innerHTML = Array.from(
        { length: paragraphs },
        (_, i) => `<p>Absatz ${i} mit etwas mehr Text darin.</p>`,
      ).join('');
      let calls = 0;
      let slices = 0;
      const failing = {
        find: (text: string) => {
          // Text is matched in batches of about 32 KB (some 860 of these units), a batch at a time; each unit
          // takes 20 µs here, so a batch outlasts a slice and unit 1,800 is matched in a later slice than the
          // first, on any machine.
          const started = performance.now();
          while (performance.now() - started < 0.02);
          if (++calls === failAt) throw new Error('boom');
          return defaultMatcher().find(text);
        },
      };
      const errors: unknown[] = [];
      const failingEngine = new PageEngine(document, failing, {
        isOwnNode: () => false,
        schedule: (t) => t(),
        guard: (task) => {
          slices++;
          try {
            task();
          } catch (error) {
            errors.push(error);
          }
        },
      });
      engine = failingEngine;
      failingEngine.start();
      await failingEngine.settled;
      expect(calls).toBe(failAt);
      expect(errors).toHaveLength(1);
      expect(slices > 1).toBe(paragraphs > 1);
      // The engine goes on: text added after the failure is scanned and marked.
      document.body.insertAdjacentHTML('beforeend', '<p>Landesbischof Ralf Meister sprach.</p>');
      await vi.waitFor(() => expect(failingEngine.registry.all().map((m) => m.entity)).toContain('ralf-meister'));
    });
  }
});
