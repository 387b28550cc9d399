/**
 * Generated German pages full of common names, for the bench (issue 13). Deterministic (seeded).
 *
 * - `denseNamesPage`: about 2 MB of news-like German text where most paragraphs hold the entities'
 *   anchor words as other people's or other things' names: „Thomas Müller“, „Jan Meyer“, „der Meister“,
 *   „sagte Müller“, „Anna Pfeiffer“, the conjunction „Weil er …“ at the start of a sentence, „Trips“ as a
 *   plural. With `mentions` > 0, that many full mentions of the entities are spread evenly through it (the
 *   first in the first paragraph); with 0, there is no full mention at all.
 * - `lateIntroductionPage`: „Müller“ in every sentence, and „Dr. Volker Müller“ only in the last paragraph,
 *   at a given number of paragraphs (about 1,100 characters each).
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Pick = <T>(xs: readonly T[]) => T;

const NOUNS = [
  'die Betriebe',
  'die Kommunen',
  'die Schulen',
  'die Vereine',
  'die Landkreise',
  'die Familien',
  'die Beratungsstellen',
  'die Kammern',
  'die Gemeinden',
  'die Hochschulen',
  'die Ehrenamtlichen',
  'die Arbeitgeber',
];
const THINGS = [
  'mehr Unterstützung',
  'verlässliche Förderung',
  'zusätzliches Personal',
  'bezahlbaren Wohnraum',
  'mehr Sprachkurse',
  'Planungssicherheit',
  'bessere Kinderbetreuung',
  'schnellere Verfahren',
  'mehr Ausbildungsplätze',
  'eine Entlastung der Verwaltung',
];
const PLACES = [
  'Hannover',
  'Braunschweig',
  'Oldenburg',
  'Osnabrück',
  'Göttingen',
  'Lüneburg',
  'Wolfsburg',
  'Celle',
  'Hameln',
  'Emden',
  'Bremen',
  'Hamburg',
  'Kassel',
  'Bielefeld',
];
const DAYS = ['am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'am Wochenende', 'gestern'];
/** Dative plurals: „mit den Kommunen“, „den Kommunen zufolge“. */
const DATIVES = [
  'den Betrieben',
  'den Kommunen',
  'den Schulen',
  'den Vereinen',
  'den Familien',
  'den Kammern',
  'den Gemeinden',
];
const LACKING = ['Personal', 'Wohnraum', 'Geld', 'Zeit', 'Sprachkursen', 'Betreuungsplätzen'];
const VERBS = ['sagte', 'betonte', 'erklärte', 'kritisierte', 'forderte', 'kündigte an'];
const FILLERS = [
  'Die Zahl der Anträge ist im vergangenen Jahr deutlich gestiegen.',
  'Viele Projekte laufen bereits seit mehreren Jahren erfolgreich.',
  'Der Gemeinderat will im Herbst über den Haushalt entscheiden.',
  'In den Kreisen und Städten fehlt es vor allem an Fachkräften.',
  'Die Initiative setzt auf Ehrenamt, Beratung und Ausbildung.',
  'Die Verwaltung prüft derzeit, wie sich die Abläufe vereinfachen lassen.',
  'Auch die Landesregierung in Hessen plant ein ähnliches Programm.',
  'Für das kommende Jahr sind weitere Veranstaltungen geplant.',
];

/** Other people and other things with the entities' anchor words: none of them is a mention. */
const LOOK_ALIKES: ((p: Pick) => string)[] = [
  (p) => `Thomas Müller ${p(VERBS)} ${p(DAYS)}, ${p(NOUNS)} in ${p(PLACES)} bräuchten ${p(THINGS)}.`,
  (p) => `„Wir brauchen ${p(THINGS)}“, sagte Müller ${p(DAYS)} in ${p(PLACES)}.`,
  (p) => `Jan Meyer, Sprecher des Vereins, ${p(VERBS)}: ${p(NOUNS)} hätten ${p(THINGS)} verdient.`,
  (p) => `Trainer Meyer war mit dem Spiel in ${p(PLACES)} zufrieden.`,
  (p) => `Der Meister aus ${p(PLACES)} gewann ${p(DAYS)} auch das Rückspiel.`,
  (p) => `Weil er ${p(THINGS)} fordert, sucht der Bürgermeister das Gespräch mit ${p(DATIVES)}.`,
  (p) => `Weil es an ${p(LACKING)} fehlt, warten ${p(NOUNS)} in ${p(PLACES)} auf Antwort.`,
  (p) => `Anna Pfeiffer ${p(VERBS)}, die Lage in ${p(PLACES)} habe sich ${p(DAYS)} entspannt.`,
  (p) => `So sieht es auch Pfeiffer, die seit Jahren in ${p(PLACES)} lebt.`,
  (p) => `Die Trips der Schulklassen nach ${p(PLACES)} sind ${p(DAYS)} ausgefallen.`,
  (p) => `Karl Trips, Wirt in ${p(PLACES)}, ${p(VERBS)}, das Geschäft laufe gut.`,
  (p) => `Als Meister seines Fachs ${p(VERBS)} der Bäcker aus ${p(PLACES)} ${p(THINGS)}.`,
  (p) => `Müller und Meyer aus ${p(PLACES)} wollen ${p(DAYS)} ${p(THINGS)} beantragen.`,
  (p) => `Frau Meyer aus ${p(PLACES)} kritisierte die Pläne.`,
];

/** Full mentions of the entities, with the common surnames among them. */
const MENTIONS = [
  'Dr. Volker Müller, Hauptgeschäftsführer der Unternehmerverbände Niedersachsen,',
  'Landesbischof Ralf Meister',
  'Prof. Dr. Hubert Meyer vom Niedersächsischen Landkreistag',
  'Johannes Pfeiffer',
  'Dr. Marco Trips',
  'Ministerpräsident Stephan Weil',
  'das Bündnis „Niedersachsen packt an“',
  'der Niedersächsische Städtetag',
  'Bischof Heiner Wilmer',
  'Doris Schröder-Köpf',
];

/** A sentence without any anchor word. */
function neutral(p: Pick, random: () => number): string {
  return random() < 0.5 ? p(FILLERS) : `${p(NOUNS).replace(/^die /, 'Die ')} in ${p(PLACES)} fordern ${p(THINGS)}.`;
}

/** Wraps the `length` characters after the first space at or after `from` in `<tag>` (whole words). */
function wrap(text: string, from: number, length: number, open: string, close: string): string {
  const start = text.indexOf(' ', from);
  if (start < 0) return text;
  const end = text.indexOf(' ', start + length);
  if (end < 0) return text;
  return `${text.slice(0, start + 1)}${open}${text.slice(start + 1, end)}${close}${text.slice(end)}`;
}

/** A paragraph's HTML with inline markup as real articles have it (a link, an emphasis). */
function paragraph(text: string, index: number): string {
  return `<p>${wrap(wrap(text, 500, 20, '<em>', '</em>'), 200, 30, `<a href="#p${index}">`, '</a>')}</p>`;
}

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>\n${paragraphs.join('\n')}\n</main></body></html>`;
}

/**
 * About `chars` characters of text in paragraphs of about 700; in most paragraphs (85 %) one to three
 * sentences carry look-alike names. `mentions` full mentions spread evenly, the first in paragraph 0.
 */
export function denseNamesPage(chars: number, mentions: number, seed = 13): string {
  const random = rng(seed);
  const p: Pick = (xs) => xs[Math.floor(random() * xs.length)];
  const paragraphLength = 700;
  const total = Math.ceil(chars / paragraphLength);
  const every = mentions > 0 ? total / mentions : Infinity;
  let next = 0;
  let placed = 0;
  const out: string[] = [];
  for (let i = 0; i < total; i++) {
    const sentences: string[] = [];
    let length = 0;
    let names = random() < 0.85 ? 1 + Math.floor(random() * 3) : 0;
    while (length < paragraphLength) {
      const s = names > 0 && random() < 0.4 ? (names--, p(LOOK_ALIKES)(p)) : neutral(p, random);
      sentences.push(s);
      length += s.length + 1;
    }
    if (placed < mentions && i >= next) {
      const m = MENTIONS[placed % MENTIONS.length];
      sentences.splice(
        Math.floor(sentences.length / 2),
        0,
        `Auch ${m} ${p(VERBS)}, ${p(NOUNS)} bräuchten ${p(THINGS)}.`,
      );
      placed++;
      next = Math.round(placed * every);
    }
    out.push(paragraph(sentences.join(' '), i));
  }
  return page(mentions ? `Namen ${chars} ${mentions}` : `Namen ${chars} ohne Nennung`, out);
}

const MUELLER: ((p: Pick) => string)[] = [
  (p) => `Müller ${p(VERBS)} ${p(DAYS)}, ${p(NOUNS)} in ${p(PLACES)} bräuchten ${p(THINGS)}.`,
  (p) => `„Wir brauchen ${p(THINGS)}“, sagte Müller ${p(DAYS)} in ${p(PLACES)}.`,
  (p) => `Nach Ansicht von Müller haben ${p(NOUNS)} in ${p(PLACES)} zu lange gewartet.`,
  (p) => `Das ${p(['betonte', 'erklärte', 'kritisierte'])} Müller ${p(DAYS)} vor Journalisten in ${p(PLACES)}.`,
  (p) => `Müller zufolge fehlt es ${p(DATIVES)} vor allem an ${p(LACKING)}.`,
  (p) => `Für ${p(NOUNS)} in ${p(PLACES)} fordert Müller ${p(THINGS)}.`,
];

/**
 * `paragraphs` paragraphs of about 1,100 characters, „Müller“ in every sentence; the person is introduced
 * („Dr. Volker Müller“) only in the last paragraph, so every earlier „Müller“ stays a bare surname until then.
 */
export function lateIntroductionPage(paragraphs: number, seed = 7): string {
  const random = rng(seed);
  const p: Pick = (xs) => xs[Math.floor(random() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const sentences: string[] = [];
    let length = 0;
    if (i === paragraphs - 1) {
      const s = `Dr. Volker Müller, Hauptgeschäftsführer der Unternehmerverbände Niedersachsen, ${p(VERBS)} ${p(DAYS)}, ${p(NOUNS)} bräuchten ${p(THINGS)}.`;
      sentences.push(s);
      length += s.length + 1;
    }
    while (length < 1100) {
      const s = p(MUELLER)(p);
      sentences.push(s);
      length += s.length + 1;
    }
    out.push(paragraph(sentences.join(' '), i));
  }
  return page(`Müller ${paragraphs}`, out);
}

/** Characters of text (not markup) in a generated page: what its size is given as. */
export function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').length;
}
