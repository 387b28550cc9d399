import type { ClipboardPayload } from './clipboard';
import type { EntityId } from './dataset';
import { errorText } from './error-boundary';

/**
 * The keyboard commands (manifest `commands`, wxt.config.ts), in the order the browser's shortcut settings
 * list them. Each has a default binding the browser may or may not grant, and the reader may change.
 */
export const COMMANDS = ['next-mention', 'toggle-pause'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

/**
 * Each command's shortcut as the browser reports it (`commands.getAll`, e.g. „Alt+Shift+K“, „⌥⇧K“ on a Mac),
 * '' where the reader removed it; `null` where the browser has no commands API at all (Firefox for Android).
 */
export type CommandBindings = Record<CommandName, string> | null;

export interface PageMentions {
  url: string;
  paused: boolean;
  /** Mentions per entity, in order of first appearance. */
  counts: { entity: EntityId; count: number }[];
}

/**
 * The messages a tab's content script answers (popup → content, background → content): each request
 * type with its request and what it answers.
 */
export interface ContentProtocol {
  /** What the page mentions, once its scan has settled. Top frame only. */
  'get-mentions': { request: { type: 'get-mentions' }; response: PageMentions };
  /** Scroll to the next mention (of `entity`, if given) and open its card with focus. Top frame only. */
  'reveal-next': { request: { type: 'reveal-next'; entity?: EntityId }; response: boolean };
  /** Pause or resume on this page at once (the popup also stores the setting). Top frame only. */
  'set-paused': { request: { type: 'set-paused'; paused: boolean }; response: boolean };
  /**
   * The browser delivered a keyboard command for this tab (background → content). Top frame only; answers
   * whether it did something.
   */
  'run-command': { request: { type: 'run-command'; command: CommandName }; response: boolean };
  /**
   * Put this on the clipboard (the context menu's copy needs a document). Any frame: the background
   * addresses the frame with the selection; answered without loading the page session.
   */
  'write-clipboard': { request: { type: 'write-clipboard'; data: ClipboardPayload }; response: boolean };
}

export type ContentRequestType = keyof ContentProtocol;
export type ContentRequest<K extends ContentRequestType = ContentRequestType> = ContentProtocol[K]['request'];
export type ContentResponse<K extends ContentRequestType> = ContentProtocol[K]['response'];

/** Errors do not survive messaging, so every reply says whether it worked. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Answers for some request types, each typed by its request. */
export type ContentHandlers<K extends ContentRequestType> = {
  [P in K]: (request: ContentRequest<P>) => ContentResponse<P> | Promise<ContentResponse<P>>;
};

/** Every request type, once (a type added to ContentProtocol and missing here does not compile). */
const REQUEST_TYPES: Record<ContentRequestType, true> = {
  'get-mentions': true,
  'reveal-next': true,
  'set-paused': true,
  'run-command': true,
  'write-clipboard': true,
};

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(REQUEST_TYPES, type);
}

/** Answers `request` with the handler for its type; never rejects. */
export async function answerWith<K extends ContentRequestType>(
  handlers: ContentHandlers<K>,
  request: ContentRequest<K>,
): Promise<Reply<ContentResponse<K>>> {
  try {
    // One handler per type, typed by it; TypeScript cannot follow the pairing through the index itself.
    const handle = handlers[request.type as K] as (r: ContentRequest<K>) => Promise<ContentResponse<K>>;
    return { ok: true, value: await handle(request) };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * Messages from a content script to the background, each with what it answers: the page's state for the
 * toolbar badge (top frame only), and the command bindings for the in-page keyboard fallback.
 */
export interface BackgroundProtocol {
  'page-state': { request: { type: 'page-state'; count: number; paused: boolean }; response: void };
  'get-bindings': { request: { type: 'get-bindings' }; response: CommandBindings };
}

export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'get-bindings') return true;
  return v.type === 'page-state' && typeof v.count === 'number' && typeof v.paused === 'boolean';
}
