/**
 * A generated German news-like page for the benchmark: ~2 MB of text in paragraphs, optionally with
 * ~200 mentions spread through it. Deterministic (seeded), so runs compare.
 */
const WORDS =
  'Die Landesregierung berichtet über neue Projekte in den Kommunen und Landkreisen Fachkräfte Ausbildung Betriebe Sprache Integration Beratung Ehrenamt Hauptamt Unterstützung Region Zukunft Arbeit Schule Familien Wohnung Verwaltung Bürgermeister Gemeinderat Haushalt Förderung Verein Netzwerk Initiative Menschen Stadt Land Woche Jahr heute gestern morgen weil denn aber und oder mit nach bei von für über unter gegen ohne'.split(
    ' ',
  );
const MENTIONS = [
  'Ministerpräsident Stephan Weil',
  'das Bündnis „Niedersachsen packt an“',
  'Landesbischof Ralf Meister',
  'der Niedersächsische Städtetag',
  'des Niedersächsischen Landkreistages',
  'Doris Schröder-Köpf',
  'die Unternehmerverbände Niedersachsen',
  'Johannes Pfeiffer',
  'Bischof Heiner Wilmer',
  'der DGB-Bezirk Niedersachsen – Bremen – Sachsen-Anhalt',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** HTML of a page with about `bytes` characters of text and `mentions` mentions. */
export function generatePage(bytes: number, mentions: number, seed = 42): string {
  const random = rng(seed);
  const paragraphs: string[] = [];
  let size = 0;
  const paragraphLength = 600;
  const total = Math.ceil(bytes / paragraphLength);
  const every = mentions > 0 ? Math.max(1, Math.floor(total / mentions)) : Infinity;
  for (let p = 0; p < total; p++) {
    const words: string[] = [];
    let length = 0;
    while (length < paragraphLength) {
      const w = WORDS[Math.floor(random() * WORDS.length)];
      words.push(w);
      length += w.length + 1;
    }
    if (p % every === 0 && paragraphs.length / every < mentions) {
      words.splice(Math.floor(words.length / 2), 0, MENTIONS[(p / every) % MENTIONS.length]);
    }
    // Inline markup as real articles have it.
    const text = words.join(' ');
    const cut = text.indexOf(' ', 200);
    paragraphs.push(
      `<p>${text.slice(0, cut)} <a href="#p${p}">${text.slice(cut, cut + 30)}</a>${text.slice(cut + 30)}.</p>`,
    );
    size += text.length;
  }
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bench ${bytes} ${mentions}</title></head><body><main><h1>Nachrichten</h1>${paragraphs.join('\n')}</main></body></html>`;
}
