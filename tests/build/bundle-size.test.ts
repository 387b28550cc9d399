import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (dir: string, file: string) => readFileSync(join(root, '.output', dir, file));

describe.each(['chrome-mv3', 'firefox-mv2'])('what every page loads (%s)', (dir) => {
  const content = read(dir, 'content-scripts/content.js');

  it('is a small content script (issue 8: at most 20 KB gzipped)', () => {
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(20 * 1024);
  });

  it('leaves the engine, the dataset and the polyfill to the lazily loaded chunks', () => {
    const text = content.toString('utf8');
    // The polyfill's API table, and titles from the entity table (ASCII: the bundles escape umlauts).
    const markers = ['minArgs', 'Landesbischof', 'Ministerpr'];
    for (const marker of markers) expect(text, marker).not.toContain(marker);
    const session = read(dir, 'page-session.js').toString('utf8');
    for (const marker of markers.slice(1)) expect(session, marker).toContain(marker);
    expect(text).toContain('/page-session.js');
  });
});
