import type { ClipboardPayload } from './clipboard';
import type { EntityId } from './dataset';

/** Messages to a tab's content script (popup → content, background → content). */
export type ContentRequest =
  | { type: 'get-mentions' }
  | { type: 'reveal-next'; entity?: EntityId }
  | { type: 'set-paused'; paused: boolean }
  /** Background → content: put this on the clipboard (the context menu's copy needs the page's document). */
  | { type: 'write-clipboard'; data: ClipboardPayload };

/** Messages from a content script to the background. */
export type BackgroundRequest = { type: 'mention-count'; count: number };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'mention-count' &&
    typeof (value as { count?: unknown }).count === 'number'
  );
}

export interface PageMentions {
  url: string;
  paused: boolean;
  /** Mentions per entity, in order of first appearance. */
  counts: { entity: EntityId; count: number }[];
}

export interface ContentResponses {
  'get-mentions': PageMentions;
  'reveal-next': boolean;
  'set-paused': boolean;
  'write-clipboard': boolean;
}

/** Errors do not survive messaging, so every reply says whether it worked. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type ReplyFor<R extends ContentRequest> = Reply<ContentResponses[R['type']]>;

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'get-mentions' || type === 'reveal-next' || type === 'set-paused' || type === 'write-clipboard';
}
