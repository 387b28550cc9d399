import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../../content/dataset';
import { anchorPattern, createMatcher, type Matcher } from '../../../../content/engine/matcher';
import { ANCHOR_WORDS } from '../../../../content/dataset/anchor-words';
import { detectInText } from '../../../../content/engine/detect-text';
import { createPageContext } from '../../../../content/engine/page-context';

const CORPUS = join(import.meta.dirname, '../../../corpus');

/** [entity, exact text] pairs the detector finds in `text` (with `matcher`: a matcher of its own), in order. */
const found = (text: string, matcher?: Matcher) =>
  detectInText(text, createPageContext(), matcher).map((m) => [m.entity, text.slice(m.start, m.end)]);

// Each row: what a reader writes → what must be marked. Data-driven like Yomitan's fixtures.
const POSITIVE: [string, string, [string, string][]][] = [
  [
    'alliance with German quotes',
    'Das Bündnis „Niedersachsen packt an“ feiert.',
    [['alliance', '„Niedersachsen packt an“']],
  ],
  ['alliance in capitals', 'Fünf Jahre NIEDERSACHSEN PACKT AN.', [['alliance', 'NIEDERSACHSEN PACKT AN']]],
  ['alliance in guillemets', 'das Bündnis «Niedersachsen packt an»', [['alliance', '«Niedersachsen packt an»']]],
  [
    'alliance in reversed guillemets',
    'das Bündnis »Niedersachsen packt an«',
    [['alliance', '»Niedersachsen packt an«']],
  ],
  ['alliance in single quotes', 'dem Bündnis ‚Niedersachsen packt an‘', [['alliance', '‚Niedersachsen packt an‘']]],
  ['alliance in English quotes', 'the ‘Niedersachsen packt an’ alliance', [['alliance', '‘Niedersachsen packt an’']]],
  ['alliance in straight quotes', 'Bündnis "Niedersachsen packt an" lädt', [['alliance', '"Niedersachsen packt an"']]],
  ['alliance across a line break', 'Bündnis Niedersachsen\npackt an', [['alliance', 'Niedersachsen\npackt an']]],
  ['alliance with NBSP', 'Bündnis Niedersachsen\u00a0packt an', [['alliance', 'Niedersachsen\u00a0packt an']]],
  ['Städtetag genitive -es', 'des Niedersächsischen Städtetages', [['nst', 'Niedersächsischen Städtetages']]],
  ['Städtetag genitive -s', 'des Niedersächsischen Städtetags', [['nst', 'Niedersächsischen Städtetags']]],
  ['Landkreistag nominative', 'Der Niedersächsische Landkreistag fordert', [['nlt', 'Niedersächsische Landkreistag']]],
  [
    'Landkreistag strong -er',
    'Niedersächsischer Landkreistag (NLT)',
    [
      ['nlt', 'Niedersächsischer Landkreistag'],
      ['nlt', 'NLT'],
    ],
  ],
  [
    'NSGB dative',
    'mit dem Niedersächsischen Städte- und Gemeindebund',
    [['nsgb', 'Niedersächsischen Städte- und Gemeindebund']],
  ],
  ['NStGB variant', 'Der NStGB in Hannover', [['nsgb', 'NStGB']]],
  ['UVN dative', 'bei den Unternehmerverbänden Niedersachsen', [['uvn', 'Unternehmerverbänden Niedersachsen']]],
  [
    'Landeskirche short spelling',
    'die Ev.-luth. Landeskirche Hannovers',
    [['landeskirche-hannovers', 'Ev.-luth. Landeskirche Hannovers']],
  ],
  [
    'hannoversche Landeskirche',
    'die hannoversche Landeskirche',
    [['landeskirche-hannovers', 'hannoversche Landeskirche']],
  ],
  ['Bistum genitive', 'des Bistums Hildesheim', [['bistum-hildesheim', 'Bistums Hildesheim']]],
  [
    'DGB district with dashes',
    'DGB Bezirk Niedersachsen – Bremen – Sachsen-Anhalt',
    [['dgb-nbs', 'DGB Bezirk Niedersachsen – Bremen – Sachsen-Anhalt']],
  ],
  [
    'DGB district hyphenated',
    'Der DGB-Bezirk Niedersachsen-Bremen-Sachsen-Anhalt',
    [['dgb-nbs', 'DGB-Bezirk Niedersachsen-Bremen-Sachsen-Anhalt']],
  ],
  ['DGB Niedersachsen', 'sagte der DGB Niedersachsen', [['dgb-nbs', 'DGB Niedersachsen']]],
  [
    'Regionaldirektion',
    'die Regionaldirektion Niedersachsen – Bremen',
    [['ba-rd-nsb', 'Regionaldirektion Niedersachsen – Bremen']],
  ],
  ['Staatskanzlei', 'in der Niedersächsischen Staatskanzlei', [['landesregierung', 'Niedersächsischen Staatskanzlei']]],
  ['AG KSV', 'die AG KSV in Niedersachsen', [['ag-ksv', 'AG KSV']]],
  [
    'Migrationsbeauftragte genitive',
    'der Landesbeauftragten für Migration und Teilhabe',
    [['migrationsbeauftragte', 'Landesbeauftragten für Migration und Teilhabe']],
  ],
  ['person with first name', 'Stephan Weil sagte', [['stephan-weil', 'Stephan Weil']]],
  ['person with title', 'Ministerpräsident Weil sagte', [['stephan-weil', 'Ministerpräsident Weil']]],
  ['Landesbischof Meister', 'Landesbischof Meister predigte', [['ralf-meister', 'Landesbischof Meister']]],
  ['Bischof Wilmer', 'Bischof Wilmer dankte', [['heiner-wilmer', 'Bischof Wilmer']]],
  ['title and academic degrees', 'Bischof Dr. Heiner Wilmer SCJ', [['heiner-wilmer', 'Bischof Dr. Heiner Wilmer SCJ']]],
  [
    'abbreviation in a title compound',
    'NLT-Hauptgeschäftsführer Prof. Dr. Hubert Meyer',
    [
      ['hubert-meyer', 'NLT-Hauptgeschäftsführer Prof. Dr. Hubert Meyer'],
      ['nlt', 'NLT'],
    ],
  ],
  ['Schröder-Köpf with U+2011', 'Doris Schröder\u2011Köpf', [['doris-schroeder-koepf', 'Doris Schröder\u2011Köpf']]],
  ['Schröder-Köpf with en dash', 'Doris Schröder–Köpf', [['doris-schroeder-koepf', 'Doris Schröder–Köpf']]],
  [
    'honorific with a distinctive surname',
    'Frau Schröder Köpf meinte',
    [['doris-schroeder-koepf', 'Frau Schröder Köpf']],
  ],
  ['soft hyphen inside a name', 'Ulrich Mäd\u00adge', [['ulrich-maedge', 'Ulrich Mäd\u00adge']]],
  ['zero-width space inside a name', 'Johannes Pfeif\u200bfer', [['johannes-pfeiffer', 'Johannes Pfeif\u200bfer']]],
  [
    'bare surname after introduction',
    'Johannes Pfeiffer kam. Pfeiffer sagte',
    [
      ['johannes-pfeiffer', 'Johannes Pfeiffer'],
      ['johannes-pfeiffer', 'Pfeiffer'],
    ],
  ],
  [
    'genitive surname before its noun',
    'Stephan Weil kam. Nach Weils Worten',
    [
      ['stephan-weil', 'Stephan Weil'],
      ['stephan-weil', 'Weils'],
    ],
  ],
  [
    'apostrophe genitive',
    'Dr. Marco Trips kam. Trips’ Rede',
    [
      ['marco-trips', 'Dr. Marco Trips'],
      ['marco-trips', 'Trips’'],
    ],
  ],
  [
    'short name after introduction',
    'Der NSGB kam. Niedersachsen. Der Städte- und Gemeindebund sagt',
    [
      ['nsgb', 'NSGB'],
      ['nsgb', 'Städte- und Gemeindebund'],
    ],
  ],
  // Issue 12: classes of real text the first rules missed.
  [
    'lower-case adjective',
    'Die niedersächsische Landesregierung und der niedersächsischen Staatskanzlei',
    [
      ['landesregierung', 'niedersächsische Landesregierung'],
      ['landesregierung', 'niedersächsischen Staatskanzlei'],
    ],
  ],
  ['Nds. as the qualifier', 'Foto: Nds. Staatskanzlei', [['landesregierung', 'Nds. Staatskanzlei']]],
  [
    'genitive of a hyphenated name',
    'Doris Schröder-Köpf ging. Schröder-Köpfs Nachfolgerin kam.',
    [
      ['doris-schroeder-koepf', 'Doris Schröder-Köpf'],
      ['doris-schroeder-koepf', 'Schröder-Köpfs'],
    ],
  ],
  [
    'a role noun before a bare surname',
    'Bischof Heiner Wilmer kam. Der Theologe Wilmer sprach.',
    [
      ['heiner-wilmer', 'Bischof Heiner Wilmer'],
      ['heiner-wilmer', 'Wilmer'],
    ],
  ],
  [
    'a capitalised preposition and a noun before a genitive',
    'Ulrich Mädge ging. Nach Mädge kam ein anderer. Die Amtszeit Mädges endete.',
    [
      ['ulrich-maedge', 'Ulrich Mädge'],
      ['ulrich-maedge', 'Mädge'],
      ['ulrich-maedge', 'Mädges'],
    ],
  ],
  [
    'abbreviated titles',
    'MP Weil, Min.-Präs. Weil und LB Meister',
    [
      ['stephan-weil', 'MP Weil'],
      ['stephan-weil', 'Min.-Präs. Weil'],
      ['ralf-meister', 'LB Meister'],
    ],
  ],
  [
    'one plural title for two people',
    'die Bischöfe Wilmer und Meister',
    [
      ['heiner-wilmer', 'Bischöfe Wilmer'],
      ['ralf-meister', 'Meister'],
    ],
  ],
  ['a spelling variant of the first name', 'Stefan Weil sagte', [['stephan-weil', 'Stefan Weil']]],
  ['a compound title', 'Gewerkschaftschef Payandeh sagte', [['mehrdad-payandeh', 'Gewerkschaftschef Payandeh']]],
  [
    'Landeskirche Hannover without the s',
    'die Landeskirche Hannover',
    [['landeskirche-hannovers', 'Landeskirche Hannover']],
  ],
  [
    'BA region before the noun',
    'die Niedersachsen-Bremer Regionaldirektion der Arbeitsagentur',
    [['ba-rd-nsb', 'Niedersachsen-Bremer Regionaldirektion']],
  ],
  [
    'DGB district named with „für“ and „und“',
    'der DGB-Landeschef für Niedersachsen, Bremen und Sachsen-Anhalt',
    [['dgb-nbs', 'DGB-Landeschef für Niedersachsen, Bremen und Sachsen-Anhalt']],
  ],
  [
    'the commissioner named through the state',
    'die Beauftragte des Landes Niedersachsen für Migration und Teilhabe',
    [['migrationsbeauftragte', 'Beauftragte des Landes Niedersachsen für Migration und Teilhabe']],
  ],
  ['an abbreviation with a Lower Saxony town as context', 'Der NSGB-Kreisverband Celle tagte.', [['nsgb', 'NSGB']]],
  [
    'a verb between a pronoun and the surname',
    'Dr. Mehrdad Payandeh kam. Das sagt Payandeh dazu.',
    [
      ['mehrdad-payandeh', 'Dr. Mehrdad Payandeh'],
      ['mehrdad-payandeh', 'Payandeh'],
    ],
  ],
  [
    'an interview label glued to the answer',
    'Dr. Marco Trips antwortet. TripsWir sind enttäuscht.',
    [
      ['marco-trips', 'Dr. Marco Trips'],
      ['marco-trips', 'Trips'],
    ],
  ],
];

// Each row: text, and the look-alike in it that must stay unmarked (whole text when omitted).
const NEGATIVE: [string, string, string?][] = [
  ['the conjunction weil', 'Wir kommen, weil es regnet.'],
  [
    'sentence-initial conjunction Weil even after Stephan Weil',
    'Stephan Weil kam. Weil es regnete, blieb er.',
    'Weil es',
  ],
  ['another Meyer', 'Malermeister Jens Meyer berichtet. Meyer rät.'],
  ['another Müller', 'Trainerin Katrin Müller ist optimistisch. Müller improvisiert.'],
  ['another Pfeiffer', 'Kapitänin Lisa Pfeiffer spielt. Pfeiffer sagt.'],
  ['Meister as a noun', 'Die Meisterschaft und der Meister vom letzten Jahr.'],
  [
    'a common noun after introduction',
    'Landesbischof Ralf Meister kam. Der Meister vom letzten Jahr verlor.',
    'Der Meister',
  ],
  ['an English article before the surname', 'Ralf Meister kam. “He’s a Meister,” said Haoyu.', 'a Meister'],
  ['another first name before the surname', 'Ralf Meister kam. Pianist Jonas Meister spielte.', 'Jonas Meister'],
  ['English trips', 'Road Trips and day trips from Hannover.'],
  ['Städtetrips', 'Drei Städtetrips für den Herbst.'],
  ['Weil am Rhein', 'Erster Halt: Weil am Rhein.'],
  ['another state’s Städtetag', 'Der Deutsche Städtetag und der Hessische Städtetag.'],
  ['a Landkreistag of another state', 'Der Landkreistag Nordrhein-Westfalen tagt.'],
  ['other DGB districts', 'DGB Bayern und der DGB-Bezirk Nord sowie der DGB-Bundesvorstand.'],
  ['other dioceses', 'Bistum Osnabrück und Erzbistum Hamburg.'],
  ['another slogan', 'Unter dem Motto „Bayern packt an“ und „Bremen packt an“.'],
  ['packt an in other phrases', 'Bei uns in Niedersachsen packt man eben mit an. Wer packt an?'],
  ['another state government', 'Die Landesregierung Nordrhein-Westfalen und die Bayerische Staatskanzlei.'],
  ['an abbreviation without Lower Saxony context', 'Die NST-Schaltung und der UVN-Wert im Labor.'],
  ['a bare surname never introduced', 'Mädge hat das wiederholt. Und Meyer sowieso.'],
  ['Marco near trips', 'Mein Kumpel Marco hat drei Trips gemacht.'],
  ['another Schröder', 'die Expertin Claudia Schröder und kluge Köpfe'],
  ['Meyer Werft', 'Auf der Meyer Werft in Papenburg.'],
  // Issue 12: look-alikes of the new classes.
  ['another first name from the name statistics', 'Thomas Müller traf, Jan Meyer lief, Heinz Meister gewann.'],
  [
    'another first name even after the person was introduced',
    'Dr. Volker Müller sprach. Danach traf Thomas Müllers Schuss.',
    'Thomas Müllers',
  ],
  ['an initial that is not the person’s', 'Dr. Volker Müller sprach. T. Müller widersprach.', 'T. Müller'],
  ['a double name', 'Dr. Volker Müller sprach. Marius Müller-Westernhagen sang.', 'Müller-Westernhagen'],
  [
    'a capitalised clause after sentence-initial Weil',
    'Stephan Weil kam. Weil Corona alles änderte, blieb er.',
    'Weil Corona',
  ],
  ['sentence-initial Weil before another name', 'Die Analogie lag nahe. Weil Stephan Weil kam.', 'nahe. Weil'],
  ['an honorific before a common surname', 'Seit 30 Jahren lenkte Herr Wilmer den Rat der Gemeinde.'],
  ['another Landkreistag with a place', 'Der Landkreistag NRW in Düsseldorf.'],
  ['an abbreviation with a town outside Lower Saxony', 'Der NST-Kreisverband Köln tagte.'],
  ['a compound title of another organisation', 'IHK-Hauptgeschäftsführer Müller und DEHOGA-Präsident Trips'],
  [
    'an adjective between article and a surname that is a noun',
    'Landesbischof Ralf Meister predigte. Der deutsche Meister kam auch.',
    'deutsche Meister',
  ],
];

describe('matcher: what counts as a mention', () => {
  it.each(POSITIVE)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matcher: look-alikes stay unmarked', () => {
  it.each(NEGATIVE)('%s', (_name, text, lookalike) => {
    if (!lookalike) {
      expect(found(text)).toEqual([]);
      return;
    }
    const from = text.indexOf(lookalike);
    const to = from + lookalike.length;
    expect(from).toBeGreaterThanOrEqual(0);
    const marked = detectInText(text).filter((m) => m.start < to && from < m.end);
    expect(marked).toEqual([]);
    expect(detectInText(text).length).toBeGreaterThan(0); // the introduction itself is found
  });
});

describe('page context', () => {
  it('lets a bare surname in later text count once the page introduced the person', () => {
    const ctx = createPageContext();
    detectInText('Prof. Dr. Hubert Meyer sprach.', ctx);
    const later = 'Danach sagte Meyer etwas.';
    expect(detectInText(later, ctx).map((m) => later.slice(m.start, m.end))).toEqual(['Meyer']);
  });

  it('makes abbreviations count once the page is about Lower Saxony', () => {
    const ctx = createPageContext();
    expect(detectInText('Der NLT tagt.', ctx)).toEqual([]);
    detectInText('Landkreise in Niedersachsen', ctx);
    expect(detectInText('Der NLT tagt.', ctx).map((m) => m.entity)).toEqual(['nlt']);
  });
});

describe('the cheap context test before organisation forms', () => {
  const read = (dir: string) =>
    readdirSync(join(CORPUS, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(join(CORPUS, dir, f), 'utf8')) as { text: string }).text);
  const texts = [...read('dev'), ...read('real')];
  const ungated = createMatcher(ENTITIES, { ungated: true });

  it('changes no result on any corpus passage', () => {
    expect(texts.length).toBeGreaterThan(150);
    for (const text of texts) expect(detectInText(text)).toEqual(detectInText(text, createPageContext(), ungated));
  });

  it('looks for the context words near each hit, in every text anew', () => {
    const matcher = createMatcher(ENTITIES);
    const far = `Die Landesregierung in Hessen plant ein Programm. ${'Die Kommunen fordern mehr Personal. '.repeat(4)}In Niedersachsen wartet man ab.`;
    expect(found('Die Landesregierung in Hessen plant ein Programm.', matcher)).toEqual([]);
    expect(found(far, matcher)).toEqual([]);
    expect(found(`${far} Die niedersächsische Landesregierung antwortet.`, matcher)).toEqual([
      ['landesregierung', 'niedersächsische Landesregierung'],
    ]);
  });
});

describe('the anchor pattern', () => {
  it('finds every anchor word as itself, and each hit of a page of them in order', () => {
    const pattern = anchorPattern(ENTITIES);
    for (const word of ANCHOR_WORDS) {
      pattern.lastIndex = 0;
      expect(pattern.exec(`Vorher ${word}s nachher`)?.[0]).toBe(word);
    }
    const text = ANCHOR_WORDS.join(' – ');
    pattern.lastIndex = 0;
    expect(text.match(pattern)).toEqual(ANCHOR_WORDS);
  });
});

describe('what find gives', () => {
  const matcher = createMatcher(ENTITIES);

  it('gives candidates in text order, the longer first where two start together, though hits find them out of it', () => {
    // The anchor „NLT“ comes first and gives the abbreviation; the surname then gives the titled person,
    // which starts before it, and the title's abbreviation again (nested, left out).
    const text = 'Später sprach NLT-Hauptgeschäftsführer Hubert Meyer in Hannover.';
    const found = matcher.find(text).candidates.map((c) => [c.entity, c.kind, text.slice(c.start, c.end)]);
    expect(found).toEqual([
      ['hubert-meyer', 'person', 'NLT-Hauptgeschäftsführer Hubert Meyer'],
      ['nlt', 'abbreviation', 'NLT'],
    ]);
  });

  it('finds an anchor at a word start only, wherever the alternation hits first', () => {
    expect(matcher.find('INSTALL NSTALL Müllerin XMüller').candidates).toEqual([]);
    expect(matcher.find('WeilWeil').candidates).toEqual([]);
    const text = 'INSTALL, sagte Müller';
    expect(matcher.find(text).candidates.map((c) => text.slice(c.start, c.end))).toEqual(['Müller']);
  });

  it('gives each text its own list: the candidates of an earlier text stay as they were, and none carry over', () => {
    const first = 'Weil sagte, Meyer und Müller sowie Pfeiffer stimmten zu.';
    const before = matcher.find(first).candidates;
    const kept = before.map((c) => ({ ...c }));
    expect(kept.map((c) => first.slice(c.start, c.end))).toEqual(['Weil', 'Meyer', 'Müller', 'Pfeiffer']);
    const second = 'Danach sprach Meister.';
    expect(matcher.find(second).candidates.map((c) => second.slice(c.start, c.end))).toEqual(['Meister']);
    expect(matcher.find('Nichts hier.').candidates).toEqual([]);
    expect(before).toEqual(kept);
  });

  it('answers a text without candidates with an empty list it shares, that cannot be changed', () => {
    const a = matcher.find('Nichts hier.');
    const b = matcher.find('Auch hier nichts.');
    expect(a.candidates).toEqual([]);
    expect(a.candidates).toBe(b.candidates);
    expect(Object.isFrozen(a.candidates)).toBe(true);
    expect(matcher.find('In Niedersachsen nichts.').regional).toBe(true);
  });
});
