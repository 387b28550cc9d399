/** text/plain and text/html, written together. */
export interface ClipboardPayload {
  'text/plain': string;
  'text/html': string;
}

/**
 * Puts `data` on the clipboard of a `copy` event instead of the selection. The page's own copy handlers
 * after ours must not rewrite the attribution, so the event stops here. False when the event carries no
 * clipboard.
 */
export function fillCopyEvent(event: ClipboardEvent, data: ClipboardPayload): boolean {
  if (!event.clipboardData) return false;
  event.clipboardData.setData('text/plain', data['text/plain']);
  event.clipboardData.setData('text/html', data['text/html']);
  event.preventDefault();
  event.stopImmediatePropagation();
  return true;
}

/**
 * Writes both formats to the clipboard. Must be called synchronously from a user gesture (a click).
 * First through a one-off `copy` event (works on plain-http pages, where `navigator.clipboard` does not
 * exist), then through the async Clipboard API. Never throws: resolves to whether it worked.
 */
export async function writeClipboard(doc: Document, data: ClipboardPayload): Promise<boolean> {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    written = fillCopyEvent(event, data) || written;
  };
  const win = doc.defaultView ?? window;
  win.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    // Fall through to the async API.
  } finally {
    win.removeEventListener('copy', onCopy, true);
  }
  if (written) return true;
  const clipboard = win.navigator.clipboard;
  if (!clipboard) return false;
  try {
    const item = new win.ClipboardItem({
      'text/plain': new Blob([data['text/plain']], { type: 'text/plain' }),
      'text/html': new Blob([data['text/html']], { type: 'text/html' }),
    });
    await clipboard.write([item]);
    return true;
  } catch {
    try {
      await clipboard.writeText(data['text/plain']);
      return true;
    } catch {
      return false;
    }
  }
}
