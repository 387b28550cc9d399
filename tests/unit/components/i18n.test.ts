import { afterEach, describe, expect, it } from 'vitest';
import { lang, t } from '../../../components/i18n';
import { FIGURES, SOURCE } from '../../../content/dataset';

afterEach(() => {
  lang.value = 'de';
});

describe('UI text', () => {
  it('takes its figures and dates from the dataset (German)', () => {
    lang.value = 'de';
    expect(t('asOf')).toBe(`Stand: ${SOURCE.dateLabel}`);
    expect(t('statements')).toBe('Aussagen zum 5. Jahrestag');
    expect(t('founded')).toBe('Gegründet im November 2015 vom Land Niedersachsen');
    // The sentence as the source has it.
    expect(t('supporters')).toBe(FIGURES.find((f) => f.id === 'supporters-people')!.sentence);
    expect(t('popupSubtitle')).toBe('Kontextkarten · Pressemitteilung vom 30.11.2020');
  });

  it('writes them the English way in English', () => {
    lang.value = 'en';
    expect(t('asOf')).toBe('As of 30 Nov 2020');
    expect(t('statements')).toBe('Statements on the 5th anniversary');
    expect(t('founded')).toBe('Founded in November 2015 by the state of Lower Saxony');
    expect(t('supporters')).toBe('More than 2,690 individuals and 340 organisations support the alliance.');
    expect(t('popupSubtitle')).toBe('Context cards · press release of 30 Nov 2020');
  });
});
