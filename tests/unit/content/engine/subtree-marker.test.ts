import { beforeEach, describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../../../content/engine/detect-text';
import { HighlightRegistry } from '../../../../content/engine/highlight-registry';
import { createPageContext, type PageContext } from '../../../../content/engine/page-context';
import {
  markIndex,
  markPlainBatch,
  markSubtree,
  markWaiting,
  PlainBatch,
  waitingNode,
  type WaitingMention,
} from '../../../../content/engine/subtree-marker';
import { buildTextIndex } from '../../../../content/engine/text-collector';

let ctx: PageContext;
let registry: HighlightRegistry;
let waiting: WaitingMention[];

beforeEach(() => {
  document.body.innerHTML = '';
  ctx = createPageContext();
  registry = new HighlightRegistry(window as unknown as Window & typeof globalThis);
  waiting = [];
});

/** Reads `root` into an index and marks it, as the page engine does for one unit. */
const mark = (root: Node, accept?: (entity: string) => boolean) =>
  markIndex(document, buildTextIndex(root), defaultMatcher(), ctx, registry, waiting, accept);

/** What the registry holds: [entity, range text], in document order. */
const marked = () => registry.all().map((m) => [m.entity, m.range.toString()]);

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.append(p);
  return p;
}

describe('subtree marker', () => {
  describe('markIndex', () => {
    it('registers accepted mentions with exact ranges across inline elements', () => {
      const p = paragraph('So <a href="#">Minister&shy;präsident</a> <b>Stephan</b> Weil und der <i>NLT</i>.');
      const result = mark(p);
      // The full name makes the page regional before the text's abbreviation is decided: both count.
      expect(result).toEqual({ added: 2, contextGrew: true });
      expect(marked()).toEqual([
        ['stephan-weil', 'Minister\u00adpräsident Stephan Weil'],
        ['nlt', 'NLT'],
      ]);
      // The range starts and ends inside the right text nodes, and the registry knows every node it touches.
      const [m] = registry.all();
      expect(m.range.startContainer).toBe(p.querySelector('a')!.firstChild);
      expect(m.range.endContainer.textContent).toBe(' Weil und der ');
      expect(m.range.endOffset).toBe(5);
      expect(registry.at(p.querySelector('b')!.firstChild!)).toEqual([m]);
      expect([...ctx.introduced].sort()).toEqual(['nlt', 'stephan-weil']);
      expect(waiting).toEqual([]);
    });

    it('sends candidates the context cannot decide yet to the waiting list, with their DOM place', () => {
      const p = paragraph('Gestern <b>sagte Meister</b>, es gehe voran.');
      expect(mark(p)).toEqual({ added: 0, contextGrew: false });
      expect(marked()).toEqual([]);
      expect(waiting).toHaveLength(1);
      const [w] = waiting;
      expect(w).toMatchObject({ entity: 'ralf-meister', kind: 'surname' });
      expect(w.place).toEqual({ nodes: [p.querySelector('b')!.firstChild], startOffset: 6, endOffset: 13 });
      expect(waitingNode(w)).toBe(p.querySelector('b')!.firstChild);
    });

    it('reports that the context grew when a text introduces someone or names the region', () => {
      expect(mark(paragraph('Landesbischof Ralf Meister predigte.')).contextGrew).toBe(true);
      expect(mark(paragraph('Noch einmal Landesbischof Ralf Meister.')).contextGrew).toBe(false);
      const fresh = createPageContext();
      const r = markIndex(
        document,
        buildTextIndex(paragraph('Wir in Niedersachsen.')),
        defaultMatcher(),
        fresh,
        registry,
        waiting,
      );
      expect(r).toEqual({ added: 0, contextGrew: true });
      expect(fresh.regional).toBe(true);
    });

    it('does nothing for an empty index or a text without candidates', () => {
      expect(mark(paragraph(''))).toEqual({ added: 0, contextGrew: false });
      expect(mark(paragraph('Nichts zu sehen.'))).toEqual({ added: 0, contextGrew: false });
      expect(registry.size).toBe(0);
      expect(waiting).toEqual([]);
    });

    it('registers only entities the caller accepts, and keeps only their waiting candidates', () => {
      const p = paragraph('Ministerpräsident Stephan Weil und Landesbischof Ralf Meister; Mädge sagte.');
      const result = mark(p, (entity) => entity !== 'stephan-weil');
      expect(result.added).toBe(1);
      expect(marked()).toEqual([['ralf-meister', 'Landesbischof Ralf Meister']]);
      expect(waiting.map((w) => w.entity)).toEqual(['ulrich-maedge']);
      // The context still learned about him: the page did name him.
      expect(ctx.introduced.has('stephan-weil')).toBe(true);
      const none = mark(paragraph('Weil sagte.'), () => false);
      expect(none.added).toBe(0);
      expect(waiting).toHaveLength(1);
    });

    it('never registers a match that runs across blocks', () => {
      // The text leaves the paragraph without a new block starting: the collector joins it.
      document.body.innerHTML = '<div><p>Ministerpräsident Stephan </p>Weil sagte</div>';
      expect(mark(document.body).added).toBe(0);
      expect(marked()).toEqual([]);
    });

    it('leaves out text nodes the page removed after the index was read', () => {
      const p = paragraph('Ministerpräsident Stephan Weil');
      const q = paragraph('Landesbischof Ralf Meister');
      const index = buildTextIndex(document.body);
      p.remove();
      expect(markIndex(document, index, defaultMatcher(), ctx, registry, waiting).added).toBe(1);
      expect(marked()).toEqual([['ralf-meister', 'Landesbischof Ralf Meister']]);
      expect(q.isConnected).toBe(true);
    });

    it('markSubtree reads a subtree and marks it the same way', () => {
      document.body.innerHTML = '<article><p>Frau Schröder-Köpf</p><p>und <span>Herr Payandeh</span></p></article>';
      const shadows: ShadowRoot[] = [];
      const result = markSubtree(document.body, defaultMatcher(), ctx, registry, waiting, (s) => shadows.push(s));
      expect(result).toEqual({ added: 2, contextGrew: true });
      expect(marked()).toEqual([
        ['doris-schroeder-koepf', 'Frau Schröder-Köpf'],
        ['mehrdad-payandeh', 'Herr Payandeh'],
      ]);
      expect(shadows).toEqual([]);
    });
  });

  describe('markWaiting', () => {
    it('registers a waiting surname once the context introduces the person, and only once', () => {
      const early = paragraph('Meister sagte: <b>„Gut.“</b>');
      mark(early);
      expect(waiting).toHaveLength(1);
      expect(markWaiting(document, ctx, registry, waiting)).toBe(0);
      expect(waiting).toHaveLength(1);

      const late = mark(paragraph('Landesbischof Ralf Meister'));
      expect(late.contextGrew).toBe(true);
      expect(markWaiting(document, ctx, registry, waiting)).toBe(1);
      expect(waiting).toEqual([]);
      expect(marked()).toEqual([
        ['ralf-meister', 'Meister'],
        ['ralf-meister', 'Landesbischof Ralf Meister'],
      ]);
      expect(registry.all()[0].range.startContainer).toBe(early.firstChild);
      expect(markWaiting(document, ctx, registry, waiting)).toBe(0);
      expect(registry.size).toBe(2);
    });

    it('keeps the candidates the context does not accept yet', () => {
      mark(paragraph('Meister sagte, Mädge nickte, Payandeh schwieg.'));
      expect(waiting.map((w) => w.entity)).toEqual(['ralf-meister', 'ulrich-maedge', 'mehrdad-payandeh']);
      ctx.introduced.add('ulrich-maedge');
      expect(markWaiting(document, ctx, registry, waiting)).toBe(1);
      expect(waiting.map((w) => w.entity)).toEqual(['ralf-meister', 'mehrdad-payandeh']);
      expect(marked()).toEqual([['ulrich-maedge', 'Mädge']]);
    });

    it('registers a waiting abbreviation once the page names the region, and its short name with it', () => {
      mark(paragraph('Der NLT und der Landkreistag fordern Geld.'));
      expect(waiting.map((w) => [w.entity, w.kind])).toEqual([
        ['nlt', 'abbreviation'],
        ['nlt', 'short'],
      ]);
      expect(mark(paragraph('Die Kreise in Niedersachsen klagen.')).contextGrew).toBe(true);
      expect(markWaiting(document, ctx, registry, waiting)).toBe(2);
      expect(marked()).toEqual([
        ['nlt', 'NLT'],
        ['nlt', 'Landkreistag'],
      ]);
    });

    it('maps a waiting candidate across invisible characters and inline elements', () => {
      paragraph('Dann <i>sprach</i> Mäd&shy;<b>ge</b> lange.');
      mark(document.body);
      expect(waiting).toHaveLength(1);
      expect('nodes' in waiting[0].place && waiting[0].place.nodes.map((n) => n.data)).toEqual([' Mäd\u00ad', 'ge']);
      ctx.introduced.add('ulrich-maedge');
      expect(markWaiting(document, ctx, registry, waiting)).toBe(1);
      expect(marked()).toEqual([['ulrich-maedge', 'Mäd\u00adge']]);
    });

    it('drops a waiting candidate whose text node the page removed', () => {
      const p = paragraph('Meister sagte es.');
      mark(p);
      expect(waiting).toHaveLength(1);
      p.remove();
      ctx.introduced.add('ralf-meister');
      expect(markWaiting(document, ctx, registry, waiting)).toBe(0);
      expect(waiting).toEqual([]);
      expect(registry.size).toBe(0);
    });

    it('drops a waiting candidate whose text the page shortened', () => {
      const p = paragraph('Es sagte Meister');
      mark(p);
      (p.firstChild as Text).data = 'Es sagte';
      ctx.introduced.add('ralf-meister');
      expect(markWaiting(document, ctx, registry, waiting)).toBe(0);
      expect(waiting).toEqual([]);
      expect(registry.size).toBe(0);
    });

    it('answers 0 for an empty list', () => {
      expect(markWaiting(document, ctx, registry, [])).toBe(0);
    });
  });

  describe('plain units, read by their text', () => {
    /** A batch of the body's paragraphs, each read by its textContent, as the page engine does. */
    function batchOf(...paragraphs: string[]): { batch: PlainBatch; units: HTMLParagraphElement[] } {
      const batch = new PlainBatch();
      const units = paragraphs.map(paragraph);
      for (const unit of units) batch.add(unit, unit.textContent!);
      return { batch, units };
    }

    const markBatch = (batch: PlainBatch, accept?: (entity: string) => boolean) =>
      markPlainBatch(document, batch, defaultMatcher(), ctx, registry, waiting, accept);

    it('keeps each unit with its own text, unjoined, and counts their characters', () => {
      const { batch, units } = batchOf('Stephan', '', 'Weil');
      expect(batch.texts).toEqual(['Stephan', '', 'Weil']);
      expect(batch.size).toBe(11);
      expect(batch.units).toEqual(units);
    });

    it('registers exact ranges in the right unit, across inline elements and invisible characters', () => {
      const { batch, units } = batchOf(
        'Am Montag <a href="#">sprach</a> der Landesbischof',
        'So <b>Minister</b>präsident <i>Stephan</i> We&shy;il und <span>Frau <em>Schröder-Köpf</em></span>.',
      );
      expect(markBatch(batch)).toEqual({ added: 2, contextGrew: true });
      expect(marked()).toEqual([
        ['stephan-weil', 'Ministerpräsident Stephan We\u00adil'],
        ['doris-schroeder-koepf', 'Frau Schröder-Köpf'],
      ]);
      const [weil, doris] = registry.all();
      expect(weil.range.startContainer).toBe(units[1].querySelector('b')!.firstChild);
      expect(doris.range.endContainer).toBe(units[1].querySelector('em')!.firstChild);
    });

    it('never joins a name across two units', () => {
      const { batch } = batchOf('Ministerpräsident Stephan', 'Weil sagte');
      expect(markBatch(batch).added).toBe(0);
      expect(marked()).toEqual([]);
    });

    it('keeps a waiting candidate by its unit and offsets, and finds its nodes when it is accepted', () => {
      const { batch, units } = batchOf('Einleitung', 'Danach <b>sagte</b> Mä<i>dge</i> es.');
      expect(markBatch(batch)).toEqual({ added: 0, contextGrew: false });
      expect(waiting).toHaveLength(1);
      expect(waiting[0].place).toEqual({ unit: units[1], map: null });
      expect([waiting[0].start, waiting[0].end]).toEqual([13, 18]);
      expect(waitingNode(waiting[0])).toBe(units[1]);
      mark(paragraph('Oberbürgermeister Ulrich Mädge'));
      expect(markWaiting(document, ctx, registry, waiting)).toBe(1);
      expect(marked()[0]).toEqual(['ulrich-maedge', 'Mädge']);
      const range = registry.all()[0].range;
      expect(range.startContainer.textContent).toBe(' Mä');
      expect(range.endContainer).toBe(units[1].querySelector('i')!.firstChild);
    });

    it('places the waiting candidates of one unit by one shared place, across an invisible character', () => {
      const { batch, units } = batchOf('Danach sagte Mä&shy;dge es, und später sagte Mädge mehr.');
      markBatch(batch);
      expect(waiting).toHaveLength(2);
      expect(waiting[0].place).toBe(waiting[1].place);
      mark(paragraph('Oberbürgermeister Ulrich Mädge'));
      expect(markWaiting(document, ctx, registry, waiting)).toBe(2);
      // In document order: the two waiting ones in the first unit, then the introduction.
      expect(marked()).toEqual([
        ['ulrich-maedge', 'Mä\u00addge'],
        ['ulrich-maedge', 'Mädge'],
        ['ulrich-maedge', 'Oberbürgermeister Ulrich Mädge'],
      ]);
      expect(registry.all()[1].range.startContainer).toBe(units[0].firstChild);
    });

    it('drops a waiting candidate whose unit no longer reaches that far', () => {
      const { batch, units } = batchOf('Danach sagte Mädge es.');
      markBatch(batch);
      expect(waiting).toHaveLength(1);
      units[0].textContent = 'Danach';
      ctx.introduced.add('ulrich-maedge');
      expect(markWaiting(document, ctx, registry, waiting)).toBe(0);
      expect(waiting).toEqual([]);
      expect(registry.size).toBe(0);
    });

    it('registers nothing of a unit the page removed after it was read (a batch spans slices), and keeps its waiting ones', () => {
      const { batch, units } = batchOf(
        'Landesbischof Ralf Meister kam.',
        'Danach sagte Mädge es.',
        'Stephan Weil auch.',
      );
      units[0].remove();
      units[1].remove();
      expect(markBatch(batch)).toEqual({ added: 1, contextGrew: true });
      expect(marked()).toEqual([['stephan-weil', 'Stephan Weil']]);
      // A waiting one is only placed when the context accepts it: then it is checked again, and dropped.
      expect(waiting).toHaveLength(1);
      ctx.introduced.add('ulrich-maedge');
      expect(markWaiting(document, ctx, registry, waiting)).toBe(0);
      expect(registry.size).toBe(1);
    });

    it('registers only entities the caller accepts', () => {
      const { batch } = batchOf('Landesbischof Ralf Meister und Frau Schröder-Köpf; Mädge nickte.');
      expect(markBatch(batch, (entity) => entity === 'ralf-meister').added).toBe(1);
      expect(marked()).toEqual([['ralf-meister', 'Landesbischof Ralf Meister']]);
      expect(waiting).toEqual([]);
    });

    it('tells that the context grew when a batch without candidates names the region', () => {
      const { batch } = batchOf('Wir in Niedersachsen.');
      expect(markBatch(batch)).toEqual({ added: 0, contextGrew: true });
      expect(ctx.regional).toBe(true);
      const again = batchOf('Wieder in Niedersachsen.').batch;
      expect(markBatch(again)).toEqual({ added: 0, contextGrew: false });
    });
  });
});
