/**
 * `npm run store:images`: builds the Chrome extension and photographs it in headless Chromium, with the same
 * E2E harness as `npm run demo`, for the store listings (store/README.md):
 * - store/images/screenshot-1-card.png (1280×800): a card open on the demo article;
 * - store/images/screenshot-2-popup.png (1280×800): the popup for that article, shown over it;
 * - store/images/screenshot-3-options.png (1280×800): the options page beside the article, in the look chosen there;
 * - store/images/promo-440x280.png (440×280): the small promo tile, its mentions marked by the extension.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage } from '../tests/e2e/harness/launch';
import { mentionPoint, readCard } from '../tests/e2e/harness/mentions';
import { waitForHighlights } from '../tests/e2e/harness/page-world';
import { openPopupFor } from '../tests/e2e/harness/popup';
import { startServer } from '../tests/e2e/harness/server';

/** Chrome Web Store sizes: screenshots 1280×800, small promo tile 440×280. */
const SCREENSHOT = { width: 1280, height: 800 } as const;
const PROMO_TILE = { width: 440, height: 280 } as const;
/** The files this script writes, relative to store/images/. */
const STORE_IMAGES = {
  card: 'screenshot-1-card.png',
  popup: 'screenshot-2-popup.png',
  options: 'screenshot-3-options.png',
  promo: 'promo-440x280.png',
} as const;

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'store/images');
const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The tile: icon, name and one sentence whose mentions the installed extension underlines. The name is generated
 * content, which the extension does not read, so only the sentence is marked.
 */
function promoPage(): string {
  const icon = dataUrl(readFileSync(resolve(root, 'public/icon/128.png')));
  return `<!doctype html><html lang="de"><meta charset="utf-8"><title>Kontextkarten</title>
<style>.name::before { content: "Niedersachsen packt an"; }</style>
<body style="margin:0;width:${PROMO_TILE.width}px;height:${PROMO_TILE.height}px;overflow:hidden;background:#12324a;color:#fff;font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center">
<div style="display:flex;align-items:center;gap:16px;padding:0 28px">
  <img src="${icon}" width="72" height="72" alt="">
  <div><div class="name" style="font:700 23px/1.15 system-ui,sans-serif;white-space:nowrap"></div>
  <div style="font:500 18px/1.4 system-ui,sans-serif;color:#cfe3ee">Kontextkarten</div></div>
</div>
<p style="margin:22px 28px 0;padding:12px 16px;border-radius:10px;background:#fbfaf7;color:#1d1d1f;font:17px/1.6 Georgia,serif">Ministerpräsident Stephan Weil dankt<br>dem Bündnis „Niedersachsen packt an“.</p>
</body></html>`;
}

/** A card open on the demo article: hover the first mention of Stephan Weil until the card shows. */
async function cardShot(article: Page): Promise<void> {
  const point = await mentionPoint(article, 'npa-stephan-weil');
  await article.mouse.move(point.x, point.y);
  await article.waitForSelector('npa-card', { timeout: 5000 });
  for (let i = 0; i < 50 && !(await readCard(article)); i++) await settle(100);
  await settle(400); // the card's entrance
  await article.screenshot({ path: resolve(out, STORE_IMAGES.card) });
}

/** The popup for the article, laid over the article where a browser opens it: below the toolbar, at the right. */
async function popupShot(ext: ExtensionBrowser, article: Page): Promise<void> {
  await article.mouse.move(5, 5); // the card closes
  await settle(800);
  await article.evaluate(() => window.scrollTo(0, 0));
  const background = await article.screenshot({ encoding: 'binary' });
  const popup = await openPopupFor(ext, article);
  await popup.setViewport({ width: 380, height: SCREENSHOT.height - 40, deviceScaleFactor: 1 });
  await popup.waitForSelector('[data-testid="on-page"] button', { timeout: 5000 }).catch(() => undefined);
  const popupPng = await popup.screenshot({ encoding: 'binary' });
  await popup.close();

  const frame = await ext.newPage();
  await frame.setViewport({ ...SCREENSHOT, deviceScaleFactor: 1 });
  await frame.setContent(
    `<body style="margin:0;width:${SCREENSHOT.width}px;height:${SCREENSHOT.height}px;overflow:hidden;` +
      `background:url(${dataUrl(background)}) no-repeat">` +
      `<img src="${dataUrl(popupPng)}" alt="" style="position:absolute;top:8px;right:24px;border-radius:8px;` +
      `box-shadow:0 6px 28px rgb(0 0 0 / .35), 0 0 0 1px rgb(0 0 0 / .12)"></body>`,
  );
  await frame.screenshot({ path: resolve(out, STORE_IMAGES.popup) });
  await frame.close();
}

/**
 * The options page beside the article: „Hinterlegt“ (highlighted) is chosen on the page, and the article in the
 * other tab shows the new look at once.
 */
async function optionsShot(ext: ExtensionBrowser, article: Page): Promise<void> {
  const optionsWidth = 620;
  const options = await openExtensionPage(ext, 'options.html');
  await options.setViewport({ width: optionsWidth, height: SCREENSHOT.height, deviceScaleFactor: 1 });
  await options.click('input[name="style"][value="background"]');
  await settle(300);
  await options.evaluate(() => window.scrollTo(0, 0));
  const optionsPng = await options.screenshot({ encoding: 'binary' });
  await options.close();

  await article.bringToFront();
  await article.setViewport({
    width: SCREENSHOT.width - optionsWidth,
    height: SCREENSHOT.height,
    deviceScaleFactor: 1,
  });
  await article.evaluate(() => window.scrollTo(0, 0));
  await settle(800); // the new look reaches the open tab through storage
  const articlePng = await article.screenshot({ encoding: 'binary' });

  const frame = await ext.newPage();
  await frame.setViewport({ ...SCREENSHOT, deviceScaleFactor: 1 });
  await frame.setContent(
    `<body style="margin:0;display:flex;width:${SCREENSHOT.width}px;height:${SCREENSHOT.height}px;overflow:hidden">` +
      `<img src="${dataUrl(optionsPng)}" alt="" style="border-right:1px solid #c9ced3">` +
      `<img src="${dataUrl(articlePng)}" alt=""></body>`,
  );
  await frame.screenshot({ path: resolve(out, STORE_IMAGES.options) });
  await frame.close();
}

async function promoShot(ext: ExtensionBrowser, origin: string): Promise<void> {
  const tile = await ext.newPage();
  await tile.setViewport({ ...PROMO_TILE, deviceScaleFactor: 1 });
  await tile.goto(`${origin}/promo.html`);
  await waitForHighlights(tile);
  await settle(300);
  await tile.screenshot({ path: resolve(out, STORE_IMAGES.promo) });
  await tile.close();
}

execSync('npm run build', { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const server = await startServer({ '/promo.html': promoPage() });
const ext = await launchWithExtension('chromium', { settings: { lang: 'de' } });
try {
  const article = await ext.newPage();
  await article.setViewport({ ...SCREENSHOT, deviceScaleFactor: 1 });
  await article.goto(`${server.origin}/article.html`);
  await waitForHighlights(article);
  await cardShot(article);
  await popupShot(ext, article);
  await promoShot(ext, server.origin); // before the options shot changes the look
  await optionsShot(ext, article);
  console.log(
    `Store images: ${Object.values(STORE_IMAGES)
      .map((f) => resolve(out, f))
      .join(', ')}`,
  );
} finally {
  await ext.close();
  await server.close();
}
