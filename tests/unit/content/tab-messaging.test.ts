import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToTab } from '../../../content/tab-messaging';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sendToTab', () => {
  it('sends the request to the tab (and frame) and returns the value of the reply', async () => {
    // fakeBrowser has no tabs.sendMessage: this stands for the content script's answer.
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: true });
    const done: boolean = await sendToTab(3, { type: 'set-paused', paused: true });
    expect(done).toBe(true);
    await sendToTab(3, { type: 'write-clipboard', data: { 'text/plain': 'a', 'text/html': 'a' } }, { frameId: 2 });
    expect(send.mock.calls).toEqual([
      [3, { type: 'set-paused', paused: true }, {}],
      [3, { type: 'write-clipboard', data: { 'text/plain': 'a', 'text/html': 'a' } }, { frameId: 2 }],
    ]);
  });

  it('rejects with the content script’s error, and when no content script answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: false, error: 'Error: broken' });
    await expect(sendToTab(3, { type: 'get-mentions' })).rejects.toThrow('Error: broken');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(undefined);
    await expect(sendToTab(3, { type: 'get-mentions' })).rejects.toThrow('no content script answered');
  });
});
