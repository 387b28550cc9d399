import { browser } from 'wxt/browser';
import type { CreateCardUi } from './cards/card-host';
import type { OpenPage } from './page-session';

/**
 * A part of the extension loaded only when first needed: a web-accessible script that, once imported
 * into the content script's world, leaves its one export on a global of that world (never the page's).
 * The chunk's entrypoint provides it with `provideChunk`, the content world takes it with `loadChunk`;
 * both are typed by the same `LazyChunk<T>`, so the two sides cannot disagree.
 */
export interface LazyChunk<T> {
  file: `/${string}.js`;
  global: string;
  /** Type only: what the chunk provides. */
  readonly _export?: T;
}

const globals = globalThis as Record<string, unknown>;

/** In the chunk's entrypoint: leaves `value` where `loadChunk` finds it. */
export function provideChunk<T>(chunk: LazyChunk<T>, value: T): void {
  globals[chunk.global] = value;
}

/** Imports `chunk` (once; later calls reuse the module) and returns what it provides. */
export async function loadChunk<T>(chunk: LazyChunk<T>): Promise<T> {
  const url = browser.runtime.getURL(chunk.file as Parameters<typeof browser.runtime.getURL>[0]);
  await import(/* @vite-ignore */ url);
  const value = globals[chunk.global];
  if (value === undefined) throw new Error(`${chunk.file} failed to load`);
  return value as T;
}

/** The card UI (components/card/mount.tsx), loaded by the page session on the first card shown. */
export const CARD_UI_CHUNK: LazyChunk<CreateCardUi> = { file: '/card-ui.js', global: '__npaCreateCardUi' };

/** The page session (page-session.ts), loaded by the content script on the first candidate. */
export const PAGE_SESSION_CHUNK: LazyChunk<OpenPage> = { file: '/page-session.js', global: '__npaOpenPage' };
