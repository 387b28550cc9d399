/**
 * The welcome page's sample article: written for the project (not copied from anywhere), in German like the
 * pages the extension reads, stating only what the dataset holds (the 5th anniversary, the speakers' roles,
 * Ralf Meister's words). `expected` is what the real engine marks in it, checked by a unit test, so a change
 * of the rules cannot leave the welcome page without marks unnoticed.
 */
export const SAMPLE_ARTICLE = {
  heading: 'Fünf Jahre gemeinsam für Integration',
  paragraphs: [
    'Zum fünften Jahrestag des Bündnisses „Niedersachsen packt an“ haben die Partner Bilanz gezogen. Ministerpräsident Stephan Weil dankte den vielen Initiativen im ganzen Land.',
    'Landesbischof Ralf Meister nannte das Bündnis eine gute Allianz der Politik mit zivilgesellschaftlichen Kräften. Für die Arbeitgeber sprach Dr. Volker Müller von den Unternehmerverbänden Niedersachsen, für die Kommunen Ulrich Mädge, Präsident des Niedersächsischen Städtetages.',
    'Nicht jedes ähnliche Wort ist gemeint: Der Deutsche Städtetag gehört nicht dazu, und ein Satz, der mit „weil“ weitergeht, bleibt ohne Markierung.',
  ],
  /** Entity id → the marked texts, in order. */
  expected: {
    alliance: ['„Niedersachsen packt an“'],
    'stephan-weil': ['Ministerpräsident Stephan Weil'],
    'ralf-meister': ['Landesbischof Ralf Meister'],
    'volker-mueller': ['Dr. Volker Müller'],
    uvn: ['Unternehmerverbänden Niedersachsen'],
    'ulrich-maedge': ['Ulrich Mädge'],
    nst: ['Niedersächsischen Städtetages'],
  } as Record<string, string[]>,
};
