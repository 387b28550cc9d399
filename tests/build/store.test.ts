import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const LOCALES = ['de', 'en'];
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
const text = (file: string) => readFileSync(join(root, file), 'utf8').trim();
const manifest = (dir: string) => JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8'));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
/**
 * The environment of a build run from a shell. Vitest sets NODE_ENV=test, and under it Vite compiles JSX for
 * development (jsxDEV with absolute source paths), which would make a different, path-dependent bundle.
 */
const shellEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
);

/** The files of a zip archive (the central directory, stored or deflated entries), as WXT writes them. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip archive`);
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p).map((c) => join(f, c)) : [f];
  });
}

/** Width, height and whether a PNG has an alpha channel (IHDR: colour types 4 and 6 carry alpha). */
function png(file: string): { width: number; height: number; alpha: boolean } {
  const b = readFileSync(join(root, file));
  expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), alpha: [4, 6].includes(b[25]) };
}

describe('manifest texts and versions (issue 14)', () => {
  it.each(LOCALES)('%s: the description fits the Chrome Web Store (132 characters), the name fits Edge (45)', (l) => {
    // The built manifests take both from _locales (__MSG_extName__, __MSG_extDescription__).
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      expect(manifest(dir).description, dir).toBe('__MSG_extDescription__');
      expect(manifest(dir).name, dir).toBe('__MSG_extName__');
    }
    expect([...messages(l).extDescription.message].length).toBeLessThanOrEqual(132);
    expect([...messages(l).extName.message].length).toBeLessThanOrEqual(45);
  });

  it('asks for the browser versions that paint ::highlight() underlines (wxt.config.ts cites browser-compat-data)', () => {
    expect(manifest('chrome-mv3').minimum_chrome_version).toBe('105');
    expect(manifest('firefox-mv2').browser_specific_settings.gecko.strict_min_version).toBe('146.0');
    expect(manifest('chrome-mv3').version).toBe(pkg.version);
    expect(manifest('firefox-mv2').version).toBe(pkg.version);
  });
});

describe('store listing files (store/)', () => {
  it.each(LOCALES)('%s: name and summary are the manifest’s, the description is there', (l) => {
    expect(text(`store/${l}/name.txt`)).toBe(messages(l).extName.message);
    expect(text(`store/${l}/summary.txt`)).toBe(messages(l).extDescription.message);
    const description = text(`store/${l}/description.txt`);
    expect(description.length).toBeGreaterThan(1000);
    expect(description).not.toMatch(/https?:\/\//); // no address the project has not sourced
  });

  it('answers every permission and the host access, and says no data is collected', () => {
    const review = text('store/review.md');
    for (const permission of manifest('chrome-mv3').permissions as string[])
      expect(review).toContain(`**${permission}**`);
    expect(review).toContain('**Host access');
    expect(review).toMatch(/Single purpose/);
    expect(review).toMatch(/collects no user data/);
    expect(review).toMatch(/data_collection_permissions/);
  });

  it.each([
    ['store/images/screenshot-1-card.png', 1280, 800],
    ['store/images/screenshot-2-popup.png', 1280, 800],
    ['store/images/screenshot-3-options.png', 1280, 800],
    ['store/images/promo-440x280.png', 440, 280],
  ])('%s is %i×%i without alpha', (file, width, height) => {
    expect(png(file)).toEqual({ width, height, alpha: false });
  });

  it('has a licence, a privacy policy and a changelog entry for this version', () => {
    expect(text('LICENSE')).toMatch(/^MIT License/);
    expect(text('LICENSE')).toContain('000_38b2dcca62b2e2ea.txt');
    const privacy = text('PRIVACY.md');
    expect(privacy).toContain('storage.sync');
    expect(privacy).toMatch(/erhebt keine Daten/);
    expect(privacy).toMatch(/collects no data/);
    expect(text('CHANGELOG.md')).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });
});

describe('store packages (npm run zip, npm run zip:firefox)', () => {
  const out = join(root, '.output');
  const archive = (suffix: string) => join(out, `${pkg.name}-${pkg.version}-${suffix}.zip`);

  beforeAll(() => {
    execFileSync('npm', ['run', 'zip'], { cwd: root, stdio: 'pipe', env: shellEnv });
    execFileSync('npm', ['run', 'zip:firefox'], { cwd: root, stdio: 'pipe', env: shellEnv });
  }, 240_000);

  it.each([
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ])('the %s archive holds exactly the build', (suffix, dir) => {
    const zip = readZip(archive(suffix));
    expect([...zip.keys()].sort()).toEqual(filesUnder(join(out, dir)).sort());
    expect(JSON.parse(zip.get('manifest.json')!.toString('utf8'))).toEqual(manifest(dir));
  });

  it('the Firefox archive passes the add-ons linter with no errors', () => {
    // addons-linter is what `web-ext lint` runs; it reads the archive itself.
    let stdout: string;
    try {
      stdout = execFileSync(bin('addons-linter'), ['--output', 'json', archive('firefox')], { encoding: 'utf8' });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout; // it exits non-zero on errors; the report says which
    }
    expect(JSON.parse(stdout).errors).toEqual([]);
  }, 120_000);

  it('the sources archive rebuilds the same Firefox add-on (what AMO reviewers do)', () => {
    const sources = readZip(archive('sources'));
    const names = [...sources.keys()];
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/background.ts',
      'content/dataset/000_38b2dcca62b2e2ea.txt',
      'public/_locales/de/messages.json',
      'README.md',
      'LICENSE',
    ])
      expect(names, needed).toContain(needed);
    expect(names.filter((n) => /^(node_modules|\.output|store|demo)\//.test(n))).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'npa-sources-'));
    try {
      for (const [name, data] of sources) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules')); // `npm ci`, without the network
      execFileSync(join(dir, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
        cwd: dir,
        stdio: 'pipe',
        env: shellEnv,
      });
      const rebuilt = join(dir, '.output/firefox-mv2');
      const addon = readZip(archive('firefox'));
      expect(filesUnder(rebuilt).sort()).toEqual([...addon.keys()].sort());
      for (const [name, data] of addon) expect(readFileSync(join(rebuilt, name)).equals(data), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('documents the Edge package as the Chrome archive', () => {
    expect(text('store/review.md')).toContain(`${pkg.name}-<version>-chrome.zip`);
    expect(existsSync(archive('chrome'))).toBe(true);
    expect(relative(root, archive('chrome'))).toBe(`.output/${pkg.name}-${pkg.version}-chrome.zip`);
  });
});
