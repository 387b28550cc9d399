import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const engineDir = join(root, 'content/engine');

/**
 * What an engine module imports that it must not (design.md: the engine imports nothing but itself and the
 * dataset; no wxt, Preact, signals, browser APIs, UI or extension glue).
 */
export function forbiddenImports(file: string, source: string): string[] {
  const specs = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specs.filter((spec) => {
    if (!spec.startsWith('.')) return true; // any package: wxt, preact, @preact/signals, webextension-polyfill …
    const target = relative(root, resolve(dirname(file), spec));
    return !target.startsWith('content/engine') && !target.startsWith('content/dataset');
  });
}

describe('the page engine stays pure (issue 16)', () => {
  const files = readdirSync(engineDir).filter((f) => f.endsWith('.ts'));

  it('has its modules in content/engine/', () => {
    expect(files).toEqual(expect.arrayContaining(['matcher.ts', 'page-engine.ts', 'text-collector.ts']));
  });

  it.each(files)('%s imports only the engine and the dataset', (name) => {
    const file = join(engineDir, name);
    expect(forbiddenImports(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('would catch a module that reaches out of the engine', () => {
    const file = join(engineDir, 'example.ts');
    const source = [
      "import { browser } from 'wxt/browser';",
      "import { h } from 'preact';",
      "import { guard } from '../error-boundary';",
      "import { Card } from '../../components/card/card';",
      "import { ENTITIES } from '../dataset';",
      "import { SKIPPED } from './never-scanned';",
    ].join('\n');
    expect(forbiddenImports(file, source)).toEqual([
      'wxt/browser',
      'preact',
      '../error-boundary',
      '../../components/card/card',
    ]);
  });
});
