/** Elements whose text is never scanned: code, editors, invisible templates. */
export const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'CODE',
  'svg',
  'math',
  'NPA-CARD',
]);
