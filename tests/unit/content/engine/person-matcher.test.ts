import { describe, expect, it } from 'vitest';
import { ORGANISATIONS, PEOPLE } from '../../../../content/dataset';
import { FIRST_NAMES } from '../../../../content/dataset/first-names';
import { TITLE_ENDINGS } from '../../../../content/dataset/grammar';
import { createPersonMatcher } from '../../../../content/engine/person-matcher';

const people = createPersonMatcher(PEOPLE, ORGANISATIONS);

type Seen = [entity: string, kind: 'person' | 'surname', text: string] | null;

/**
 * What the matcher says at the first `anchor` in `text` (or at `|`, which is then removed): the entity,
 * the kind and the exact text of the match, or null.
 */
function seen(marked: string, anchor: string): Seen {
  const bar = marked.indexOf('|');
  const text = bar >= 0 ? marked.slice(0, bar) + marked.slice(bar + 1) : marked;
  const at = bar >= 0 ? bar : text.indexOf(anchor);
  if (at < 0 || !text.startsWith(anchor, at)) throw new Error(`${anchor} not in ${marked}`);
  const m = people.match(text, anchor, at);
  return m && [m.entity, m.kind, text.slice(m.start, m.end)];
}

type Row = [text: string, anchor: string, expected: Seen];

const check = (rows: Row[]) =>
  it.each(rows)('%j at %s', (text, anchor, expected) => {
    expect(seen(text, anchor)).toEqual(expected);
  });

describe('person matcher', () => {
  it('may settle another first name before any title: no listed first name is a title, role, honorific or degree', () => {
    // A word isTitle accepts ends with the title form without its first letter (person-matcher.ts).
    const titleForms = PEOPLE.flatMap((p) => [...p.forms.titles, ...(p.forms.roles ?? [])]).flatMap((t) =>
      TITLE_ENDINGS.map((e) => t + e),
    );
    const words = new Set([
      ...PEOPLE.flatMap((p) => [...(p.forms.titleAbbreviations ?? []), ...(p.forms.pluralTitles ?? [])]),
      ...['Dr.', 'Dr', 'Prof.', 'Professor', 'Herr', 'Herrn', 'Frau', 'und', 'sowie', 'oder'],
    ]);
    const clashes = FIRST_NAMES.filter(
      (w) => words.has(w) || titleForms.some((f) => w.length >= f.length && w.endsWith(f.slice(1))),
    );
    expect(clashes).toEqual([]);
    expect(seen('Thomas Müller sagte', 'Müller')).toBeNull();
    expect(seen('Volker Müller sagte', 'Müller')).toEqual(['volker-mueller', 'person', 'Volker Müller']);
  });

  it('may settle a lower-case word as no title: every title and role starts with a capital', () => {
    // isTitle returns false for a word that does not (person-matcher.ts); a title of lower case would be lost.
    const titles = PEOPLE.flatMap((p) => [...p.forms.titles, ...(p.forms.roles ?? [])]);
    expect(titles.length).toBeGreaterThan(10);
    expect(titles.filter((t) => t[0] === t[0].toLowerCase())).toEqual([]);
    expect(seen('Städtetagspräsident Mädge', 'Mädge')).toEqual([
      'ulrich-maedge',
      'person',
      'Städtetagspräsident Mädge',
    ]);
    expect(seen('städtetagspräsident Mädge', 'Mädge')).toEqual(['ulrich-maedge', 'surname', 'Mädge']);
  });

  it('anchors on the first part of each surname', () => {
    expect([...people.anchors].sort()).toEqual(
      ['Meister', 'Meyer', 'Mädge', 'Müller', 'Payandeh', 'Pfeiffer', 'Schröder', 'Trips', 'Weil', 'Wilmer'].sort(),
    );
    expect(people.match('Stephan Weil', 'Stephan', 0)).toBeNull();
  });

  describe('their own first name makes a full mention', () => {
    check([
      ['Stephan Weil sagte', 'Weil', ['stephan-weil', 'person', 'Stephan Weil']],
      ['Stefan Weil sagte', 'Weil', ['stephan-weil', 'person', 'Stefan Weil']],
      ['Stephan\u00a0Weil', 'Weil', ['stephan-weil', 'person', 'Stephan\u00a0Weil']],
      ['Stephan\nWeil', 'Weil', ['stephan-weil', 'person', 'Stephan\nWeil']],
      ['mit Ralf Meister', 'Meister', ['ralf-meister', 'person', 'Ralf Meister']],
      ['Doris Schröder-Köpf', 'Schröder', ['doris-schroeder-koepf', 'person', 'Doris Schröder-Köpf']],
      ['Doris Schröder\u2011Köpf', 'Schröder', ['doris-schroeder-koepf', 'person', 'Doris Schröder\u2011Köpf']],
      ['Doris Schröder–Köpf', 'Schröder', ['doris-schroeder-koepf', 'person', 'Doris Schröder–Köpf']],
      ['Doris Schröder Köpf', 'Schröder', ['doris-schroeder-koepf', 'person', 'Doris Schröder Köpf']],
      ['Heiner Wilmer SCJ, Bischof', 'Wilmer', ['heiner-wilmer', 'person', 'Heiner Wilmer SCJ']],
      ['Heiner Wilmer sagte', 'Wilmer', ['heiner-wilmer', 'person', 'Heiner Wilmer']],
      ['Johannes Pfeiffer', 'Pfeiffer', ['johannes-pfeiffer', 'person', 'Johannes Pfeiffer']],
      // A first name after punctuation does not stand before the surname.
      ['Stephan, Weil und', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      // Someone else's first name of ours is another person's.
      ['Ralf Weil', 'Weil', null],
    ]);
  });

  describe('a title, with its endings and in compounds, makes a full mention', () => {
    check([
      ['Ministerpräsident Weil', 'Weil', ['stephan-weil', 'person', 'Ministerpräsident Weil']],
      ['des Ministerpräsidenten Weil', 'Weil', ['stephan-weil', 'person', 'Ministerpräsidenten Weil']],
      ['Regierungschef Weil', 'Weil', ['stephan-weil', 'person', 'Regierungschef Weil']],
      ['Landesvater Weil', 'Weil', ['stephan-weil', 'person', 'Landesvater Weil']],
      ['MP Weil', 'Weil', ['stephan-weil', 'person', 'MP Weil']],
      ['der Min.-Präs. Weil', 'Weil', ['stephan-weil', 'person', 'Min.-Präs. Weil']],
      ['Ministerpräs. Weil', 'Weil', ['stephan-weil', 'person', 'Ministerpräs. Weil']],
      ['Ministerpräsident Stephan Weil', 'Weil', ['stephan-weil', 'person', 'Ministerpräsident Stephan Weil']],
      ['DGB-Chef Payandeh', 'Payandeh', ['mehrdad-payandeh', 'person', 'DGB-Chef Payandeh']],
      ['DGB\u2011Chef Payandeh', 'Payandeh', ['mehrdad-payandeh', 'person', 'DGB\u2011Chef Payandeh']],
      ['Vorsitzender Payandeh', 'Payandeh', ['mehrdad-payandeh', 'person', 'Vorsitzender Payandeh']],
      ['dem Vorsitzenden Payandeh', 'Payandeh', ['mehrdad-payandeh', 'person', 'Vorsitzenden Payandeh']],
      ['Städtetagspräsident Mädge', 'Mädge', ['ulrich-maedge', 'person', 'Städtetagspräsident Mädge']],
      ['Oberbürgermeister Mädge', 'Mädge', ['ulrich-maedge', 'person', 'Oberbürgermeister Mädge']],
      ['Landesbischof Meister', 'Meister', ['ralf-meister', 'person', 'Landesbischof Meister']],
      ['LB Meister', 'Meister', ['ralf-meister', 'person', 'LB Meister']],
      ['UVN-Chef Müller', 'Müller', ['volker-mueller', 'person', 'UVN-Chef Müller']],
      ['NLT-Chef Meyer', 'Meyer', ['hubert-meyer', 'person', 'NLT-Chef Meyer']],
      ['Gemeindebund-Präsident Marco Trips', 'Trips', ['marco-trips', 'person', 'Gemeindebund-Präsident Marco Trips']],
      [
        'Migrationsbeauftragte Schröder-Köpf',
        'Schröder',
        ['doris-schroeder-koepf', 'person', 'Migrationsbeauftragte Schröder-Köpf'],
      ],
      // A plural title before a list of our people.
      ['die Bischöfe Wilmer und Meister', 'Wilmer', ['heiner-wilmer', 'person', 'Bischöfe Wilmer']],
      ['die Bischöfe Wilmer und Meister', 'Meister', ['ralf-meister', 'person', 'Meister']],
      ['die Landesbischöfe Meister', 'Meister', ['ralf-meister', 'person', 'Landesbischöfe Meister']],
      // Not a title of this person, not capitalised as one, or not a compound: a bare surname.
      ['Landesbischof Weil', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['der Autor Wilmer', 'Wilmer', ['heiner-wilmer', 'surname', 'Wilmer']],
      ['ministerpräsident Weil', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['Chefkoch Payandeh', 'Payandeh', ['mehrdad-payandeh', 'surname', 'Payandeh']],
      ['die Vizes Wilmer und Meister', 'Meister', ['ralf-meister', 'surname', 'Meister']],
    ]);
  });

  describe('a compound title names them only for their own organisation', () => {
    check([
      ['UVN-Chef Müller', 'Müller', ['volker-mueller', 'person', 'UVN-Chef Müller']],
      ['NSGB-Präsident Trips', 'Trips', ['marco-trips', 'person', 'NSGB-Präsident Trips']],
      ['NLT-Hauptgeschäftsführer Meyer', 'Meyer', ['hubert-meyer', 'person', 'NLT-Hauptgeschäftsführer Meyer']],
      ['IHK-Hauptgeschäftsführer Müller', 'Müller', null],
      ['DEHOGA-Präsident Trips', 'Trips', null],
      ['IGM-Chef Payandeh', 'Payandeh', null],
      // A compound without an abbreviation is no other organisation's.
      ['Gemeindebund-Präsident Trips', 'Trips', ['marco-trips', 'person', 'Gemeindebund-Präsident Trips']],
    ]);

    // BUG (content/engine/person-matcher.ts:186–189, commit 237411a): any upper-case prefix other than the
    // person's organisations' abbreviations rejects the match outright, so a party prefix — „SPD-
    // Ministerpräsident Weil“, a very common form — is no mention at all, not even a bare surname on a page
    // that introduced him, while „SPD-Ministerpräsident Stephan Weil“ is a full mention with that title.
    // Remove `.fails` once a prefix like a party's no longer makes the title someone else's.
    it.each<[string, string]>([
      ['SPD-Ministerpräsident Weil sagte', 'Weil'],
      ['SPD-Regierungschef Weil sagte', 'Weil'],
    ])('%j is still Stephan Weil', (text, anchor) => {
      expect(seen(text, anchor)?.[0]).toBe('stephan-weil');
    });
  });

  describe('academic degrees', () => {
    check([
      ['Dr. Volker Müller', 'Müller', ['volker-mueller', 'person', 'Dr. Volker Müller']],
      ['Prof. Dr. Hubert Meyer', 'Meyer', ['hubert-meyer', 'person', 'Prof. Dr. Hubert Meyer']],
      ['Dr. Mehrdad Payandeh', 'Payandeh', ['mehrdad-payandeh', 'person', 'Dr. Mehrdad Payandeh']],
      [
        'Hauptgeschäftsführer Dr. Volker Müller',
        'Müller',
        ['volker-mueller', 'person', 'Hauptgeschäftsführer Dr. Volker Müller'],
      ],
      ['Hauptgeschäftsführer Dr. Müller', 'Müller', ['volker-mueller', 'person', 'Hauptgeschäftsführer Dr. Müller']],
      ['Bischof Dr. Wilmer', 'Wilmer', ['heiner-wilmer', 'person', 'Bischof Dr. Wilmer']],
      // A degree alone names nobody in particular.
      ['Dr. Müller sagte', 'Müller', ['volker-mueller', 'surname', 'Müller']],
      ['so Dr. Trips', 'Trips', ['marco-trips', 'surname', 'Trips']],
      ['Professor Meyer', 'Meyer', ['hubert-meyer', 'surname', 'Meyer']],
      ['Landrat Dr. Müller', 'Müller', ['volker-mueller', 'surname', 'Müller']],
    ]);

    // BUG (content/engine/person-matcher.ts:183): `titled` is `start < before.start || …`, true whenever
    // extendBack moved back over anything, not only over a title: a second degree („Prof. Dr. Müller“,
    // „Dr. Dr. Müller“) or an honorific („Herr Dr. Müller“, for a name that is not distinctive) also
    // makes a strong „person“ match. So „Prof. Dr. Müller“ (anyone with that degree) counts as Dr. Volker
    // Müller and introduces him, and every bare „Müller“ on the page is marked after it, while
    // „Dr. Müller“ and „Herr Müller“ alone are rightly bare surnames. Remove `.fails` once fixed.
    it.each<[string, string]>([
      ['Prof. Dr. Müller sagte', 'Müller'],
      ['Dr. Dr. Müller sagte', 'Müller'],
      ['Herr Dr. Müller sagte', 'Müller'],
      ['Herr Dr. Meyer sagte', 'Meyer'],
    ])('%j is only a bare surname, like „Dr. Müller“', (text, anchor) => {
      expect(seen(text, anchor)?.[1]).toBe('surname');
    });
  });

  describe('honorifics name distinctive surnames only', () => {
    check([
      ['Herr Payandeh', 'Payandeh', ['mehrdad-payandeh', 'person', 'Herr Payandeh']],
      ['mit Herrn Mädge', 'Mädge', ['ulrich-maedge', 'person', 'Herrn Mädge']],
      ['Frau Schröder-Köpf', 'Schröder', ['doris-schroeder-koepf', 'person', 'Frau Schröder-Köpf']],
      ['Herr Müller', 'Müller', ['volker-mueller', 'surname', 'Müller']],
      ['Herrn Meyer', 'Meyer', ['hubert-meyer', 'surname', 'Meyer']],
      ['Herr Weil', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['Herr Trips', 'Trips', ['marco-trips', 'surname', 'Trips']],
    ]);
  });

  describe('another first name, an initial or an article: someone or something else', () => {
    check([
      ['Thomas Müller schoss', 'Müller', null],
      ['Jan Müller', 'Müller', null],
      ['Peter Meyer', 'Meyer', null],
      ['Anna Weil', 'Weil', null],
      ['Gerhard Schröder-Köpf', 'Schröder', null],
      ['T. Müller', 'Müller', null],
      ['V. Müller', 'Müller', ['volker-mueller', 'surname', 'Müller']],
      ['der Meister sagte', 'Meister', null],
      ['Der Meister sagte', 'Meister', null],
      // Other casings of an article (a headline in capitals) are lower-cased before the lookup.
      ['DER Meister sagte', 'Meister', null],
      ['EINEM Müller', 'Müller', null],
      ['DeM Müller', 'Müller', null],
      ['beim Meister', 'Meister', null],
      ['vom Müller', 'Müller', null],
      ['einem Müller', 'Müller', null],
      ['the Meister', 'Meister', null],
      // A lower-case word that is no article leaves a bare surname.
      ['sagte Meister', 'Meister', ['ralf-meister', 'surname', 'Meister']],
      ['Nach Mädge', 'Mädge', ['ulrich-maedge', 'surname', 'Mädge']],
      // For a surname that is also a noun, an adjective after an article makes the noun.
      ['der deutsche Meister', 'Meister', null],
      ['Der neue Meister', 'Meister', null],
      ['dem alten Müller', 'Müller', null],
      ['der neue Payandeh', 'Payandeh', ['mehrdad-payandeh', 'surname', 'Payandeh']],
      ['Das sagt Payandeh dazu', 'Payandeh', ['mehrdad-payandeh', 'surname', 'Payandeh']],
      [
        'Landesbischof Ralf Meister predigte. Danach sprach |Meister',
        'Meister',
        ['ralf-meister', 'surname', 'Meister'],
      ],
    ]);

    // BUG (content/engine/person-matcher.ts:205–208, commit 237411a): the „article + adjective + noun“ rule
    // takes any lower-case word after an article for an adjective, so a verb after the pronoun „Das“/„Die“
    // rejects the surname: „Das sagt Meister dazu.“ and „Das betont Müller.“ are never marked, even after
    // „Landesbischof Ralf Meister“ introduced him — the very case the code comment keeps for Payandeh
    // („Das sagt Payandeh“ stays him). Remove `.fails` once only adjectives (e.g. by their endings
    // -e/-en/-er/-es/-em, as acceptShortName does in matcher.ts) count.
    it.each<[string, string]>([
      ['Das sagt Meister dazu.', 'Meister'],
      ['Das betont Müller immer.', 'Müller'],
    ])('%j leaves the bare surname', (text, anchor) => {
      expect(seen(text, anchor)?.[1]).toBe('surname');
    });
  });

  describe('double names and longer words are someone else’s', () => {
    check([
      ['Müller-Lüdenscheidt', 'Müller', null],
      ['Schmidt-Müller', 'Müller', null],
      ['Volker Müller-Lüdenscheidt', 'Müller', null],
      ['Gerhard Schröder sagte', 'Schröder', null],
      ['Schröder sagte', 'Schröder', null],
      ['Schröder-Meyer', 'Schröder', null],
      ['Weilheim', 'Weil', null],
      ['Meisterschaft', 'Meister', null],
      ['Meyers Lexikon', 'Meyer', ['hubert-meyer', 'surname', 'Meyers']],
      // An interview label glued to the answer: a capital after a lower-case letter ends the name.
      ['PayandehStreiks sind', 'Payandeh', ['mehrdad-payandeh', 'surname', 'Payandeh']],
    ]);
  });

  describe('genitives', () => {
    check([
      ['Weils Rede', 'Weil', ['stephan-weil', 'surname', 'Weils']],
      ['Stephan Weils Rede', 'Weil', ['stephan-weil', 'person', 'Stephan Weils']],
      ['Ministerpräsident Weils Rede', 'Weil', ['stephan-weil', 'person', 'Ministerpräsident Weils']],
      ['Trips’ Rede', 'Trips', ['marco-trips', 'surname', 'Trips’']],
      ["Trips' Rede", 'Trips', ['marco-trips', 'surname', "Trips'"]],
      ['Marco Trips’ Rede', 'Trips', ['marco-trips', 'person', 'Marco Trips’']],
      ['Schröder-Köpfs Rede', 'Schröder', ['doris-schroeder-koepf', 'surname', 'Schröder-Köpfs']],
      ['Doris Schröder-Köpfs Rede', 'Schröder', ['doris-schroeder-koepf', 'person', 'Doris Schröder-Köpfs']],
      ['Ralf Meisters Predigt', 'Meister', ['ralf-meister', 'person', 'Ralf Meisters']],
      // The genitive s is a whole ending, and a sibilant takes no s.
      ['Weilse', 'Weil', null],
      ['Tripss', 'Trips', null],
    ]);
  });

  describe('„Weil“ at the start of a sentence: conjunction or the person', () => {
    check([
      ['Weil wir das wollen', 'Weil', null],
      ['Gut so. Weil es regnet', 'Weil', null],
      ['„Weil Corona alles änderte“', 'Weil', null],
      ['Titel\u0000Weil man muss', 'Weil', null],
      ['Weil sagte am Montag', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['Weil: „Wir packen an.“', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['Gut so. Weil betonte', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['Weils Rede', 'Weil', ['stephan-weil', 'surname', 'Weils']],
      ['Weil', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      // Not at a sentence start, the same words after „Weil“ leave the surname.
      ['Das betonte Weil am Montag', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      ['Dann sagte Weil es', 'Weil', ['stephan-weil', 'surname', 'Weil']],
      // Only „Weil“ is also a word: another surname at a sentence start stays one.
      ['Meister der Herzen', 'Meister', ['ralf-meister', 'surname', 'Meister']],
    ]);
  });

  it('matches at the given offset only', () => {
    const text = 'Weil wir es sagen, sagte Weil.';
    const second = text.lastIndexOf('Weil');
    expect(people.match(text, 'Weil', 0)).toBeNull();
    expect(people.match(text, 'Weil', second)).toEqual({
      entity: 'stephan-weil',
      kind: 'surname',
      start: second,
      end: second + 4,
    });
  });
});
