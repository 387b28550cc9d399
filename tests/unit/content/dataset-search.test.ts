import { describe, expect, it } from 'vitest';
import { foldGerman, searchEntities } from '../../../content/dataset-search';
import { INVISIBLE_CHARS } from '../../../content/engine/invisible-chars';

const ids = (q: string) => searchEntities(q).map((e) => e.id);

describe('partner search', () => {
  it('finds Ulrich Mädge as „madge“, „maedge“ and „Mädge“', () => {
    for (const q of ['madge', 'maedge', 'Mädge', 'MÄDGE']) expect(ids(q)).toContain('ulrich-maedge');
  });

  it('folds ß, case and dashes', () => {
    expect(foldGerman('Groß‑STRASSE')).toBe(foldGerman('gross-strasse'));
  });

  it('ignores every invisible character (a name pasted from a page may hold one)', () => {
    for (const c of INVISIBLE_CHARS)
      expect(ids(`Mäd${c}ge`), c.codePointAt(0)!.toString(16)).toContain('ulrich-maedge');
  });

  it('finds people by their organisation and organisations by their people', () => {
    expect(ids('Landkreistag')).toEqual(expect.arrayContaining(['nlt', 'hubert-meyer']));
    expect(ids('Payandeh')).toEqual(expect.arrayContaining(['mehrdad-payandeh', 'dgb-nbs']));
  });

  it('finds statement text, every word must match', () => {
    expect(ids('Geschöpf Gottes')).toContain('ralf-meister');
    expect(ids('Geschöpf Fahrradwerkstätten')).toEqual([]);
    expect(ids('fahrradwerkstatten')).toEqual(expect.arrayContaining(['marco-trips']));
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(ids('  ')).toHaveLength(22);
    expect(ids('xyzzy')).toEqual([]);
  });
});
