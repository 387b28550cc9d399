import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../../../content/dataset';
import type { Candidate, CandidateKind } from '../../../../content/engine/matcher';
import {
  acceptsAll,
  acceptsNone,
  createPageContext,
  decide,
  isStrong,
  learn,
  type PageContext,
} from '../../../../content/engine/page-context';

let offset = 0;
/** A candidate at a fresh place in the text (each one distinct, so lists compare by identity). */
function cand(entity: EntityId, kind: CandidateKind): Candidate {
  offset += 10;
  return { entity, kind, start: offset, end: offset + 4 };
}

const ALL_KINDS: CandidateKind[] = ['name', 'person', 'abbreviation', 'regional', 'short', 'surname'];

describe('page context', () => {
  it('starts knowing nothing', () => {
    const ctx = createPageContext();
    expect(ctx.introduced.size).toBe(0);
    expect(ctx.regional).toBe(false);
    // Each page gets its own context.
    createPageContext().introduced.add('nlt');
    expect(createPageContext().introduced.size).toBe(0);
  });

  it.each<[CandidateKind, boolean]>([
    ['name', true],
    ['person', true],
    ['abbreviation', false],
    ['regional', false],
    ['short', false],
    ['surname', false],
  ])('a %s candidate is strong: %s', (kind, strong) => {
    expect(isStrong(cand('nlt', kind))).toBe(strong);
  });

  describe('learn', () => {
    it('a strong candidate introduces its entity and makes the page regional', () => {
      for (const kind of ['name', 'person'] as const) {
        const ctx = createPageContext();
        learn(ctx, [cand('stephan-weil', kind)], false);
        expect([...ctx.introduced]).toEqual(['stephan-weil']);
        expect(ctx.regional).toBe(true);
      }
    });

    it('weak candidates teach nothing', () => {
      const ctx = createPageContext();
      learn(
        ctx,
        (['abbreviation', 'regional', 'short', 'surname'] as const).map((k) => cand('nlt', k)),
        false,
      );
      expect(ctx.introduced.size).toBe(0);
      expect(ctx.regional).toBe(false);
    });

    it('a text naming the region makes the page regional, and it stays so', () => {
      const ctx = createPageContext();
      learn(ctx, [], true);
      expect(ctx.regional).toBe(true);
      learn(ctx, [], false);
      expect(ctx.regional).toBe(true);
      expect(ctx.introduced.size).toBe(0);
    });

    it('adds to what earlier texts introduced', () => {
      const ctx = createPageContext();
      learn(ctx, [cand('stephan-weil', 'person')], false);
      learn(ctx, [cand('nlt', 'name'), cand('ralf-meister', 'surname')], false);
      expect([...ctx.introduced].sort()).toEqual(['nlt', 'stephan-weil']);
    });
  });

  describe('decide', () => {
    it('accepts strong candidates on a page that has told nothing yet', () => {
      const ctx = createPageContext();
      const name = cand('nlt', 'name');
      const person = cand('stephan-weil', 'person');
      expect(decide(ctx, [name, person])).toEqual({ accepted: [name, person], waiting: [] });
    });

    it('lets every weak kind wait on a page that has told nothing', () => {
      const ctx = createPageContext();
      const weak = (['abbreviation', 'regional', 'short', 'surname'] as const).map((k) => cand('nlt', k));
      const { accepted, waiting } = decide(ctx, weak);
      expect(accepted).toEqual([]);
      expect(waiting).toHaveLength(4);
      expect(new Set(waiting)).toEqual(new Set(weak));
      expect(ctx.introduced.size).toBe(0);
    });

    it('keeps a bare surname waiting until the person is introduced, then accepts it', () => {
      const ctx = createPageContext();
      const surname = cand('stephan-weil', 'surname');
      expect(decide(ctx, [surname])).toEqual({ accepted: [], waiting: [surname] });
      // Another person's introduction does not help.
      learn(ctx, [cand('ralf-meister', 'person')], false);
      expect(decide(ctx, [surname])).toEqual({ accepted: [], waiting: [surname] });
      learn(ctx, [cand('stephan-weil', 'person')], false);
      expect(decide(ctx, [surname])).toEqual({ accepted: [surname], waiting: [] });
    });

    it('accepts a surname whose person is introduced by a strong candidate of the same text, after learning it', () => {
      const ctx = createPageContext();
      const surname = cand('hubert-meyer', 'surname');
      const person = cand('hubert-meyer', 'person');
      learn(ctx, [surname, person], false);
      expect(decide(ctx, [surname, person])).toEqual({ accepted: [surname, person], waiting: [] });
    });

    it('accepts an abbreviation only on a regional page', () => {
      const ctx = createPageContext();
      const abbreviation = cand('nlt', 'abbreviation');
      expect(decide(ctx, [abbreviation]).waiting).toEqual([abbreviation]);
      expect(ctx.introduced.has('nlt')).toBe(false);
      learn(ctx, [], true);
      expect(decide(ctx, [abbreviation]).accepted).toEqual([abbreviation]);
    });

    it('an accepted abbreviation introduces its entity: its short name counts in the same call', () => {
      const ctx = createPageContext();
      learn(ctx, [], true);
      // The short name comes first in the text; abbreviations are decided first all the same.
      const short = cand('nlt', 'short');
      const abbreviation = cand('nlt', 'abbreviation');
      const otherShort = cand('nst', 'short');
      const { accepted, waiting } = decide(ctx, [short, abbreviation, otherShort]);
      expect(new Set(accepted)).toEqual(new Set([short, abbreviation]));
      expect(waiting).toEqual([otherShort]);
      expect(ctx.introduced.has('nlt')).toBe(true);
      expect(ctx.introduced.has('nst')).toBe(false);
    });

    it('an abbreviation that waits introduces nothing', () => {
      const ctx = createPageContext();
      const short = cand('nlt', 'short');
      const abbreviation = cand('nlt', 'abbreviation');
      const { accepted, waiting } = decide(ctx, [short, abbreviation]);
      expect(accepted).toEqual([]);
      expect(new Set(waiting)).toEqual(new Set([short, abbreviation]));
      expect(ctx.introduced.size).toBe(0);
    });

    it('accepts a regional name once the page is regional', () => {
      const ctx = createPageContext();
      const regional = cand('ag-ksv', 'regional');
      expect(decide(ctx, [regional]).waiting).toEqual([regional]);
      learn(ctx, [cand('stephan-weil', 'person')], false);
      expect(decide(ctx, [regional]).accepted).toEqual([regional]);
    });

    it('decides each candidate once: nothing lost, nothing doubled, for every kind', () => {
      for (const regional of [false, true]) {
        const ctx = createPageContext();
        if (regional) learn(ctx, [], true);
        const all = ALL_KINDS.flatMap((k) => [cand('nlt', k), cand('stephan-weil', k)]);
        const { accepted, waiting } = decide(ctx, all);
        expect(accepted.length + waiting.length).toBe(all.length);
        expect(new Set([...accepted, ...waiting])).toEqual(new Set(all));
      }
    });

    /**
     * Every pair of kinds (the second of `second`'s entity) in every context: `check` gets two equal contexts,
     * one for decide and one for the function under test, since decide may change its context.
     */
    function everySituation(
      second: EntityId,
      check: (list: Candidate[], forDecide: PageContext, fresh: PageContext, label: string) => void,
    ): void {
      const context = (regional: boolean, introduced: boolean) => {
        const ctx = createPageContext();
        if (regional) learn(ctx, [], true);
        if (introduced) ctx.introduced.add('nlt');
        return ctx;
      };
      for (const regional of [false, true])
        for (const introduced of [false, true])
          for (const a of ALL_KINDS)
            for (const b of ALL_KINDS)
              check(
                [cand('nlt', a), cand(second, b)],
                context(regional, introduced),
                context(regional, introduced),
                `${a}, ${b}, regional ${regional}, introduced ${introduced}`,
              );
    }

    it('acceptsAll says true exactly when decide would let nothing wait, and there is no abbreviation to decide first', () => {
      everySituation('nlt', (list, ctx, fresh, label) => {
        const expected = !list.some((c) => c.kind === 'abbreviation') && decide(ctx, list).waiting.length === 0;
        expect(acceptsAll(fresh, list), label).toBe(expected);
      });
      const ctx = createPageContext();
      expect(acceptsAll(ctx, [cand('stephan-weil', 'person'), cand('stephan-weil', 'surname')])).toBe(false);
      learn(ctx, [cand('stephan-weil', 'person')], false);
      expect(acceptsAll(ctx, [cand('stephan-weil', 'surname'), cand('nlt', 'name')])).toBe(true);
    });

    it('acceptsNone says true exactly when decide would accept nothing', () => {
      everySituation('nst', (list, ctx, fresh, label) => {
        expect(acceptsNone(fresh, list), label).toBe(decide(ctx, list).accepted.length === 0);
      });
      expect(
        acceptsNone(createPageContext(), [cand('volker-mueller', 'surname'), cand('hubert-meyer', 'surname')]),
      ).toBe(true);
    });

    it('keeps the candidates’ own type (waiting mentions carry their DOM place)', () => {
      const ctx = createPageContext();
      const w = { ...cand('stephan-weil', 'surname'), nodes: ['x'] };
      const { waiting } = decide(ctx, [w]);
      expect(waiting[0].nodes).toEqual(['x']);
    });
  });
});
