import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_PAGES } from '../../tests/e2e/harness/server';

/**
 * A saved real page (../shared/real-pages) as the bench serves it, with one change: its frames are emptied
 * (`src` removed). Under the bench's CSP a frame's address is blocked and Chrome shows its own error page
 * there, whose script (20–100 ms on some pages, varying from load to load) runs with and without any
 * extension and drowns the difference.
 */
export function realPageHtml(file: string): string {
  return readFileSync(join(REAL_PAGES, file), 'utf8').replace(
    /(<i?frame\b[^>]*?)\s+src\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
    '$1',
  );
}
