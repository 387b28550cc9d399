import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENTITIES,
  FIGURES,
  LINKS,
  MOTTO,
  ORGANISATION_IDS,
  PEOPLE,
  PERSON_IDS,
  SOURCE,
  STATEMENTS,
  entityById,
} from '../../../../content/dataset';

const ROOT = resolve(import.meta.dirname, '../../../..');
/** The seed's line breaks are artefacts of how it was saved: compare with white space normalised. */
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const seed = normalise(readFileSync(resolve(ROOT, 'content/dataset/000_38b2dcca62b2e2ea.txt'), 'utf8'));
const design = readFileSync(resolve(ROOT, 'docs/design.md'), 'utf8');

describe('statements are the seed, verbatim', () => {
  it('has the 11 partner statements and the survey quote', () => {
    expect(STATEMENTS.filter((s) => s.speaker !== null)).toHaveLength(11);
    expect(STATEMENTS.filter((s) => s.speaker === null).map((s) => s.attribution)).toEqual([
      'Netzwerkumfrage, September 2020',
    ]);
  });

  it.each(STATEMENTS.map((s) => [s.id, s] as const))('%s is quoted whole, from opening to closing mark', (_id, s) => {
    // Bounded by the quote marks, so dropping or changing a single character at either end fails too.
    const bounded = ['“', '”'].some((close) => seed.includes(`„${normalise(s.text)}${close}`));
    expect(bounded, s.text.slice(0, 60)).toBe(true);
  });

  it.each(STATEMENTS.filter((s) => s.speaker).map((s) => [s.id, s] as const))(
    '%s has the attribution line of the seed',
    (_id, s) => {
      expect(seed).toContain(s.attribution);
      const person = entityById(s.speaker!);
      expect(person?.kind).toBe('person');
      if (person?.kind === 'person') expect(s.attribution).toContain(person.role);
    },
  );

  it('every person has a statement and a role taken from their heading line', () => {
    for (const p of PEOPLE) {
      expect(
        STATEMENTS.some((s) => s.speaker === p.id),
        p.id,
      ).toBe(true);
      expect(seed).toContain(p.role);
    }
  });
});

describe('figures come from the seed', () => {
  it.each(FIGURES.map((f) => [f.id, f] as const))('%s: sentence verbatim and value printed in it', (_id, f) => {
    expect(seed).toContain(normalise(f.sentence));
    const digits = f.value.replace(/\D/g, '');
    if (digits && f.id !== 'apprentices' && f.id !== 'million' && f.id !== 'five-years')
      expect(f.sentence).toContain(f.value);
  });

  it('attributes speaker figures to the statement they appear in', () => {
    for (const f of FIGURES.filter((x) => x.speaker)) {
      const statement = STATEMENTS.find(
        (s) => s.speaker === f.speaker && normalise(s.text).includes(normalise(f.sentence)),
      );
      expect(statement, f.id).toBeDefined();
    }
  });

  it('has all figures the issue lists', () => {
    expect(FIGURES.map((f) => f.value)).toEqual(
      expect.arrayContaining(['150.000', '2.690', '340', '80 %', '30.000', '32.000', '1 Million', '5 Jahre']),
    );
  });
});

describe('links, motto and source', () => {
  it('has the 5 link labels of the seed', () => {
    expect(LINKS).toHaveLength(5);
    for (const l of LINKS) expect(seed).toContain(l.label);
  });

  it('never invents an address: every URL is one design.md sources', () => {
    for (const l of LINKS) if (l.url !== null) expect(design).toContain(l.url);
    expect(LINKS.filter((l) => l.url === null).map((l) => l.label)).toHaveLength(4);
  });

  it('motto and source are the seed’s', () => {
    expect(seed).toContain(`Unter dem Motto „${MOTTO}“`);
    expect(seed.startsWith(SOURCE.title)).toBe(true);
    expect(seed).toContain('30. November 2020');
    expect(SOURCE.date).toBe('2020-11-30');
  });
});

describe('entities', () => {
  it('has every entity id design.md fixes, and no other', () => {
    const section = design.slice(design.indexOf('## Entity ids'), design.indexOf('## What counts'));
    const ids = [...section.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(new Set(ENTITIES.map((e) => e.id)));
    expect(ENTITIES).toHaveLength(22);
    expect(new Set([...ORGANISATION_IDS, ...PERSON_IDS]).size).toBe(22);
  });

  it('each entity cites its source', () => {
    for (const e of ENTITIES) {
      const text = e.provenance.source === 'seed' ? seed : design;
      expect(text, e.id).toContain(e.provenance.quote);
    }
  });

  it('people are affiliated with organisations that exist', () => {
    for (const p of PEOPLE) for (const org of p.affiliations) expect(entityById(org)?.kind).toBe('organisation');
  });
});
