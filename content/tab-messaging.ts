import { browser } from 'wxt/browser';
import type { ContentProtocol, ContentRequest, Reply } from './messages';

/** What a content script answers to `R`. */
export type ResponseTo<R extends ContentRequest> = ContentProtocol[R['type']]['response'];

/**
 * Sends a request to the content script of a tab (the top frame, or `frameId`) and returns its answer,
 * typed by the request. The one way the popup and the background talk to a page. Rejects when no content
 * script answers (browser, extension and store pages) and with the content script's error when it failed.
 */
export async function sendToTab<R extends ContentRequest>(
  tabId: number,
  request: R,
  options: { frameId?: number } = {},
): Promise<ResponseTo<R>> {
  const reply = (await browser.tabs.sendMessage(tabId, request, options)) as Reply<ResponseTo<R>> | undefined;
  if (!reply) throw new Error('no content script answered');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
