/**
 * The bench's own two contenders, written at run time as tiny unpacked Chromium MV3 extensions, so that
 * they pay what ours pays: a content script's start-up (its isolated world, the first DOM access) and
 * its work, measured the same way (CDP ScriptDuration with the extension − without any extension).
 *
 * - floor: one TreeWalker pass over the text nodes, one regex test of the entities' anchor words per
 *   text node (the pattern the engine's first look uses).
 * - mark.js: `markRegExp` with one combined pattern of the surface forms, across elements, as a developer
 *   would use it to mark these names (it wraps each hit in a <mark>: that DOM work is its own cost). Across
 *   elements, as ours matches; for reference also without (`markjsFlat`): cheaper (across elements, per
 *   match it goes through the list of text nodes up to it), and it misses a name split by markup.
 *
 * Both run as ours does: at document_idle, on all http/https pages, in all frames.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { floorPatternSource, markPatternSource } from './keywords';

export interface BenchExtensions {
  floor: string;
  markjs: string;
  /** mark.js without `acrossElements` (it then misses names split by markup), for reference. */
  markjsFlat: string;
  /** Removes the temporary folder. */
  remove(): void;
}

function manifest(name: string): string {
  return JSON.stringify(
    {
      manifest_version: 3,
      name,
      version: '1.0.0',
      content_scripts: [
        {
          matches: ['http://*/*', 'https://*/*'],
          all_frames: true,
          run_at: 'document_idle',
          js: ['content.js'],
        },
      ],
    },
    null,
    2,
  );
}

/** The floor: no bundling needed, the pattern is inlined as a literal. */
function floorScript(): string {
  return `(() => {
  const root = document.body ?? document.documentElement;
  if (!root) return;
  const anchors = new RegExp(${JSON.stringify(floorPatternSource())});
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (anchors.test(n.data)) hits++;
  globalThis.__benchFloorHits = hits;
})();
`;
}

/** mark.js from node_modules, bundled with its call into one classic script. */
async function markScript(acrossElements: boolean): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import Mark from 'mark.js/dist/mark.es6.js';
const root = document.body ?? document.documentElement;
if (root) new Mark(root).markRegExp(new RegExp(${JSON.stringify(markPatternSource())}, 'g'), { acrossElements: ${acrossElements} });
`,
      resolveDir: resolve(import.meta.dirname),
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
  });
  return out.outputFiles[0].text;
}

/** Writes both extensions into a new temporary folder; returns their folders. */
export async function writeBenchExtensions(): Promise<BenchExtensions> {
  const dir = mkdtempSync(join(tmpdir(), 'npa-bench-ext-'));
  const floor = join(dir, 'floor');
  const markjs = join(dir, 'markjs');
  const markjsFlat = join(dir, 'markjs-flat');
  for (const [folder, name, script] of [
    [floor, 'Bench floor', floorScript()],
    [markjs, 'Bench mark.js', await markScript(true)],
    [markjsFlat, 'Bench mark.js without acrossElements', await markScript(false)],
  ] as const) {
    mkdirSync(folder);
    writeFileSync(join(folder, 'manifest.json'), manifest(name));
    writeFileSync(join(folder, 'content.js'), script);
  }
  return { floor, markjs, markjsFlat, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
