import { describe, expect, it } from 'vitest';
import { clipboardData, formatQuote } from '../../../content/attribution';
import { STATEMENTS } from '../../../content/dataset';

const byId = (id: string) => STATEMENTS.find((s) => s.id === id)!;

describe('copy with attribution', () => {
  it('formats plain text with speaker, role, organisation, source and date', () => {
    const { plain } = formatQuote({ text: 'Jeder Mensch ist ein Geschöpf Gottes.', statement: byId('meister') });
    expect(plain).toBe(
      '„Jeder Mensch ist ein Geschöpf Gottes.“ — Ralf Meister, Landesbischof, Evangelisch-Lutherische Landeskirche Hannovers; ' +
        'Quelle: Pressemitteilung der Unternehmerverbände Niedersachsen, 30.11.2020',
    );
  });

  it('names the organisation where the role does not', () => {
    expect(formatQuote({ text: 'x', statement: byId('wilmer') }).plain).toContain(
      '— Dr. Heiner Wilmer SCJ, Bischof von Hildesheim, Bistum Hildesheim; Quelle',
    );
  });

  it('does not repeat an organisation the role already names', () => {
    const { plain } = formatQuote({ text: 'Wir müssen weiter daran arbeiten.', statement: byId('mueller') });
    expect(plain).toBe(
      '„Wir müssen weiter daran arbeiten.“ — Dr. Volker Müller, Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.; ' +
        'Quelle: Pressemitteilung der Unternehmerverbände Niedersachsen, 30.11.2020',
    );
  });

  it('formats Markdown as a blockquote with an attribution line', () => {
    const { markdown } = formatQuote({ text: 'Das ist ein tolles Ergebnis!', statement: byId('payandeh') });
    expect(markdown).toBe(
      '> „Das ist ein tolles Ergebnis!“\n>\n> — Dr. Mehrdad Payandeh, Vorsitzender Deutscher Gewerkschaftsbund, Bezirk Niedersachsen – Bremen – Sachsen-Anhalt; ' +
        'Quelle: Pressemitteilung der Unternehmerverbände Niedersachsen, 30.11.2020',
    );
  });

  it('formats HTML as blockquote and cite, escaped, without an invented URL', () => {
    const { html } = formatQuote({ text: 'A <b>&</b> "B"', statement: byId('netzwerkumfrage') });
    expect(html).toBe(
      '<blockquote><p>„A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;“</p><footer>— Netzwerkumfrage, September 2020; ' +
        'Quelle: <cite>Pressemitteilung der Unternehmerverbände Niedersachsen, 30.11.2020</cite></footer></blockquote>',
    );
    expect(html).not.toContain('http');
  });

  it('always puts HTML beside the chosen plain format', () => {
    const payload = formatQuote({ text: 'x', statement: byId('weil-1') });
    expect(clipboardData(payload, 'markdown')).toEqual({ 'text/plain': payload.markdown, 'text/html': payload.html });
    expect(clipboardData(payload, 'plain')['text/plain']).toBe(payload.plain);
    expect(clipboardData(payload, 'html')['text/plain']).toBe(payload.html);
  });
});

describe('copying a figure', () => {
  it('attributes a speaker’s figure to the speaker', async () => {
    const { formatFigure } = await import('../../../content/attribution');
    const { FIGURES } = await import('../../../content/dataset');
    const f = FIGURES.find((x) => x.id === 'employment-32000')!;
    expect(formatFigure(f).plain).toBe(
      '„32.000 Menschen aus den Haupt-Asylherkunftsländern haben eine sozialversicherungspflichtige Beschäftigung aufgenommen.“ — ' +
        'Johannes Pfeiffer, Vorsitzender der Geschäftsführung, Bundesagentur für Arbeit, Regionaldirektion Niedersachsen – Bremen; ' +
        'Quelle: Pressemitteilung der Unternehmerverbände Niedersachsen, 30.11.2020',
    );
  });

  it('attributes a press-release figure to the source only', async () => {
    const { formatFigure } = await import('../../../content/attribution');
    const { FIGURES } = await import('../../../content/dataset');
    const f = FIGURES.find((x) => x.id === 'refugees')!;
    expect(formatFigure(f).plain).toBe(
      '„Rund 150.000 geflüchtete Menschen leben heute in Niedersachsen.“ — Quelle: Pressemitteilung der Unternehmerverbände Niedersachsen, 30.11.2020',
    );
  });
});

describe('context menu: a selection inside a known quote', () => {
  it('finds the statement a selection comes from, across line breaks and without quote marks', async () => {
    const { statementForSelection } = await import('../../../content/attribution');
    const found = statementForSelection('„Jeder Mensch ist\nein Geschöpf Gottes.“');
    expect(found?.statement.id).toBe('meister');
    expect(found?.text).toBe('Jeder Mensch ist ein Geschöpf Gottes.');
  });

  it('sees through every invisible character a page may put inside the quote', async () => {
    const { statementForSelection } = await import('../../../content/attribution');
    const { INVISIBLE_CHARS } = await import('../../../content/engine/invisible-chars');
    for (const c of INVISIBLE_CHARS) {
      expect(statementForSelection(`Jeder Mensch ist ein Ge${c}schöpf Gottes.`)?.text, c).toBe(
        'Jeder Mensch ist ein Geschöpf Gottes.',
      );
    }
  });

  it('finds nothing for text that is no quote, or too short to tell', async () => {
    const { statementForSelection } = await import('../../../content/attribution');
    expect(statementForSelection('Das steht in keiner Pressemitteilung.')).toBeNull();
    expect(statementForSelection('Integration')).toBeNull();
  });
});
