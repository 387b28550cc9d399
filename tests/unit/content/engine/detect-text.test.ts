import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../../content/dataset';
import { defaultMatcher, detectInText } from '../../../../content/engine/detect-text';
import { createMatcher } from '../../../../content/engine/matcher';
import { createPageContext } from '../../../../content/engine/page-context';

const SHY = '\u00ad';
const ZWSP = '\u200b';

/** [entity, the original text at the mention's offsets]. */
const found = (text: string, ctx = createPageContext()) =>
  detectInText(text, ctx).map((m) => [m.entity, text.slice(m.start, m.end)]);

describe('detectInText', () => {
  it('compiles the default matcher once', () => {
    expect(defaultMatcher()).toBe(defaultMatcher());
  });

  it.each<[string, string, [string, string][]]>([
    [
      'no invisible characters',
      'So Ministerpräsident Stephan Weil heute.',
      [['stephan-weil', 'Ministerpräsident Stephan Weil']],
    ],
    [
      'a soft hyphen inside the name',
      'So Minister\u00adpräsident Stephan We\u00adil heute.',
      [['stephan-weil', 'Minister\u00adpräsident Stephan We\u00adil']],
    ],
    [
      'soft hyphens before the name shift its offsets',
      `Ver${SHY}hand${SHY}lun${SHY}gen mit Landesbischof Ralf Meister.`,
      [['ralf-meister', 'Landesbischof Ralf Meister']],
    ],
    [
      'invisible characters at both edges of the name stay outside it',
      `sagte ${SHY}Doris Schröder-Köpf${ZWSP}.`,
      [['doris-schroeder-koepf', 'Doris Schröder-Köpf']],
    ],
    [
      'several kinds of invisible characters in several names',
      `Stephan\u2060 Weil und Dr. Vol${ZWSP}ker Mül${SHY}ler, Haupt\ufeffgeschäftsführer.`,
      [
        ['stephan-weil', 'Stephan\u2060 Weil'],
        ['volker-mueller', `Dr. Vol${ZWSP}ker Mül${SHY}ler`],
      ],
    ],
  ])('maps offsets back to the original: %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns mentions in text order, across kinds', () => {
    const text = 'Der Niedersächsische Städtetag und sein Präsident Ulrich Mädge; Weil sagte, Mädge habe recht.';
    expect(found(text)).toEqual([
      ['nst', 'Niedersächsische Städtetag'],
      ['ulrich-maedge', 'Präsident Ulrich Mädge'],
      ['ulrich-maedge', 'Mädge'],
    ]);
  });

  it('accepts a bare surname anywhere in a text that introduces the person, even before the introduction', () => {
    expect(found('Mädge sagte es. Später sprach Ulrich Mädge.')).toEqual([
      ['ulrich-maedge', 'Mädge'],
      ['ulrich-maedge', 'Ulrich Mädge'],
    ]);
    expect(found('Mädge sagte es.')).toEqual([]);
  });

  it('carries introductions between calls through a shared page context', () => {
    const ctx = createPageContext();
    expect(found('Ministerpräsident Stephan Weil eröffnete.', ctx)).toEqual([
      ['stephan-weil', 'Ministerpräsident Stephan Weil'],
    ]);
    expect(ctx.introduced.has('stephan-weil')).toBe(true);
    expect(found('Weil sagte danach, Meister stimme zu.', ctx)).toEqual([['stephan-weil', 'Weil']]);
    // Without the shared context the second text alone names nobody.
    expect(found('Weil sagte danach, Meister stimme zu.')).toEqual([]);
  });

  it('carries the region between calls: an abbreviation counts on a page about Lower Saxony', () => {
    const ctx = createPageContext();
    expect(found('Der NLT fordert mehr Geld.', ctx)).toEqual([]);
    expect(found('Die Kreise in Niedersachsen klagen.', ctx)).toEqual([]);
    expect(ctx.regional).toBe(true);
    expect(found('Der NLT fordert mehr Geld, sagt der Landkreistag.', ctx)).toEqual([
      ['nlt', 'NLT'],
      ['nlt', 'Landkreistag'],
    ]);
  });

  it('uses the matcher it is given', () => {
    const weilOnly = createMatcher(ENTITIES.filter((e) => e.id === 'stephan-weil'));
    const text = 'Stephan Weil und Ralf Meister';
    expect(detectInText(text, createPageContext(), weilOnly).map((m) => m.entity)).toEqual(['stephan-weil']);
  });

  it('finds nothing in text without mentions, or in empty text', () => {
    expect(found('')).toEqual([]);
    expect(found(`${SHY}${ZWSP}`)).toEqual([]);
    expect(found('Thomas Müller schoss ein Tor, weil er es konnte.')).toEqual([]);
  });
});
