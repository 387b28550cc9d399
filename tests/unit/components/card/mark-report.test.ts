import { describe, expect, it } from 'vitest';
import {
  datasetVersion,
  formatReport,
  markContext,
  MAX_CONTEXT,
  sentenceAround,
} from '../../../../components/card/mark-report';
import { ENTITIES, SOURCE, STATEMENTS } from '../../../../content/dataset';

const around = (text: string, mark: string) => {
  const start = text.indexOf(mark);
  return sentenceAround(text, start, start + mark.length);
};

describe('the sentence around a mark', () => {
  it('is the one sentence that holds the mark', () => {
    const text = 'Erster Satz ohne Namen. Dann sprach Landesbischof Ralf Meister über Hilfe! Danach kam der Regen.';
    expect(around(text, 'Landesbischof Ralf Meister')).toBe('Dann sprach Landesbischof Ralf Meister über Hilfe!');
    expect(around(text, 'Regen')).toBe('Danach kam der Regen.');
    expect(around('Nur Weil', 'Weil')).toBe('Nur Weil');
  });

  it('collapses line breaks in a sentence, ends one at an empty line, and keeps closing quotes', () => {
    expect(around('„Das sagte   Stephan\tWeil.“ Dann nichts.', 'Stephan\tWeil')).toBe('„Das sagte Stephan Weil.“');
    expect(around('Überschrift\nStephan Weil sprach', 'Stephan Weil')).toBe('Stephan Weil sprach');
  });

  it('is cut around the mark where a sentence runs long, never cutting the mark', () => {
    const long = `${'Wort '.repeat(200)}Stephan Weil ${'Wort '.repeat(200)}Ende.`;
    const s = around(long, 'Stephan Weil');
    expect(s.length).toBeLessThanOrEqual(MAX_CONTEXT + 2);
    expect(s).toMatch(/^….*Stephan Weil.*…$/);
  });

  it('is read from the block the mark stands in, across inline elements', () => {
    document.body.innerHTML =
      '<p id="p">Vorher ein Satz. Heute sprach <b>Stephan</b> Weil in Hannover. Nachher ein Satz.</p><p>Sonst.</p>';
    const p = document.getElementById('p')!;
    const range = document.createRange();
    range.setStart(p.querySelector('b')!.firstChild!, 0);
    range.setEnd(p.lastChild!, ' Weil'.length);
    const context = markContext(range);
    expect(context.text.slice(context.start, context.end)).toBe('Stephan Weil');
    expect(sentenceAround(context.text, context.start, context.end)).toBe('Heute sprach Stephan Weil in Hannover.');
  });
});

describe('the report', () => {
  const base = {
    sentence: 'Heute sprach Stephan Weil in Hannover.',
    marked: 'Stephan Weil',
    entity: { id: 'stephan-weil', name: 'Stephan Weil', kind: 'person' },
    extensionVersion: '0.1.0',
    dataset: datasetVersion(),
  } as const;
  const labels = {
    title: 'Falsche Markierung – Kontextkarten',
    sentence: 'Satz',
    marked: 'Markiert',
    detectedAs: 'Erkannt als',
    extension: 'Erweiterung',
    dataset: 'Datensatz',
    address: 'Adresse',
  };

  it('says what was marked where, as what, by which versions, and holds no address unless given one', () => {
    const text = formatReport(base, labels);
    expect(text).toBe(
      [
        'Falsche Markierung – Kontextkarten',
        'Satz: Heute sprach Stephan Weil in Hannover.',
        'Markiert: „Stephan Weil“',
        'Erkannt als: Stephan Weil (person, stephan-weil)',
        'Erweiterung: 0.1.0',
        `Datensatz: ${base.dataset}`,
      ].join('\n'),
    );
    expect(text).not.toMatch(/https?:/);
    expect(formatReport({ ...base, address: 'https://www.example.de/a' }, labels)).toMatch(
      /\nAdresse: https:\/\/www\.example\.de\/a$/,
    );
  });

  it('names the dataset by its source, its size and a fingerprint of its content', () => {
    expect(datasetVersion()).toMatch(
      new RegExp(`^${SOURCE.kind} ${SOURCE.dateLabel}, ${ENTITIES.length}/${STATEMENTS.length}/\\d+, [0-9a-f]{8}$`),
    );
    expect(datasetVersion()).toBe(datasetVersion());
  });
});
