import { browser } from 'wxt/browser';
import type { CreateCardUi } from './cards/card-host';
import type { openPage } from './page-session';

/**
 * A part of the extension loaded only when first needed: a web-accessible script that, once imported
 * into the content script's world, leaves its one export on a global of that world (never the page's).
 */
export interface LazyChunk<T> {
  file: `/${string}.js`;
  global: string;
  /** Type only: what the chunk leaves on the global. */
  readonly _export?: T;
}

/** Imports `chunk` (once; later calls reuse the module) and returns its export. */
export async function loadChunk<T>(chunk: LazyChunk<T>): Promise<T> {
  const url = browser.runtime.getURL(chunk.file as Parameters<typeof browser.runtime.getURL>[0]);
  await import(/* @vite-ignore */ url);
  const value = (globalThis as Record<string, unknown>)[chunk.global];
  if (value === undefined) throw new Error(`${chunk.file} failed to load`);
  return value as T;
}

/** The card UI (components/card), loaded on the first card shown. */
export const CARD_UI_CHUNK: LazyChunk<CreateCardUi> = { file: '/card-ui.js', global: '__npaCreateCardUi' };

/** The page session (page-session.ts), loaded by the content script on the first candidate. */
export const PAGE_SESSION_CHUNK: LazyChunk<typeof openPage> = { file: '/page-session.js', global: '__npaOpenPage' };
