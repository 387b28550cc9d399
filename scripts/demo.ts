/**
 * `npm run demo`: builds the extension, serves the demo article, opens it in Chromium with the extension,
 * hovers the first mention, saves demo/screenshot.png (card) and demo/popup-{light,dark}.png, and prints
 * the mentions found.
 * `npm run demo -- --headed` shows the browser (needs a display).
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness/launch';
import { readHighlights, waitForHighlights } from '../tests/e2e/harness/page-world';
import { openPopupFor } from '../tests/e2e/harness/popup';
import { startServer } from '../tests/e2e/harness/server';

const headed = process.argv.includes('--headed') && !!process.env.DISPLAY;
const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'demo');

execSync('npm run build', { cwd: root, stdio: 'inherit' });
const server = await startServer();
const ext = await launchWithExtension('chromium', { headless: !headed, settings: { lang: 'de' } });
try {
  const page = await ext.newPage();
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/article.html`);
  await waitForHighlights(page);
  const highlights = await readHighlights(page);

  // Hover the first mention in the lead paragraph: the card opens after the hover delay.
  const point = await page.evaluate(() => {
    const first = (CSS.highlights.get('npa-stephan-weil') as Highlight | undefined)?.values().next().value as
      Range | undefined;
    const rect = first?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width * 0.75, y: rect.top + rect.height / 2 } : null;
  });
  if (point) {
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('npa-card', { timeout: 3000 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 400));
  }
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: resolve(out, 'screenshot.png') });

  // The popup for this page, light and dark.
  const popup = await openPopupFor(ext, page);
  await popup.setViewport({ width: 380, height: 900 });
  await popup.waitForSelector('[data-testid="on-page"] button', { timeout: 5000 }).catch(() => undefined);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.screenshot({ path: resolve(out, `popup-${scheme}.png`) });
  }

  console.log('\nMentions found on the demo article:');
  for (const [name, texts] of Object.entries(highlights))
    console.log(`  ${name.padEnd(30)} ${texts.map((t) => JSON.stringify(t)).join(', ')}`);
  console.log(
    `\nScreenshots: ${['screenshot.png', 'popup-light.png', 'popup-dark.png'].map((f) => resolve(out, f)).join(', ')}`,
  );
  if (headed) await new Promise((r) => setTimeout(r, 60_000));
} finally {
  await ext.close();
  await server.close();
}
