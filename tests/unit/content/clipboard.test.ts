import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillCopyEvent, writeClipboard } from '../../../content/clipboard';

const data = { 'text/plain': '„Zitat“ — Quelle', 'text/html': '<blockquote><p>„Zitat“</p></blockquote>' };

/** A `copy` event as the browser fires it for a copy command, with an empty clipboard of its own. */
const copyEvent = () => new ClipboardEvent('copy', { clipboardData: new DataTransfer(), cancelable: true });

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('clipboard', () => {
  it('fills a copy event with both formats, and keeps the page’s later handlers from rewriting them', () => {
    const pageHandler = vi.fn();
    window.addEventListener('copy', (e) => fillCopyEvent(e as ClipboardEvent, data), { capture: true, once: true });
    window.addEventListener('copy', pageHandler, { capture: true, once: true });
    const event = copyEvent();
    window.dispatchEvent(event);
    expect(event.clipboardData!.getData('text/plain')).toBe(data['text/plain']);
    expect(event.clipboardData!.getData('text/html')).toBe(data['text/html']);
    expect(event.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(fillCopyEvent(new ClipboardEvent('copy'), data)).toBe(false);
  });

  it('writes through a one-off copy event where the copy command works (plain-http pages too)', async () => {
    let event: ClipboardEvent | undefined;
    const execCommand = vi.fn(() => {
      event = copyEvent();
      window.dispatchEvent(event);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    expect(await writeClipboard(document, data)).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(event!.clipboardData!.getData('text/html')).toBe(data['text/html']);
    // The listener was one-off: a later copy by the reader is left alone.
    const later = copyEvent();
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
