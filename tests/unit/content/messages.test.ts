import { describe, expect, it } from 'vitest';
import { answerWith, isBackgroundRequest, isContentRequest, type ContentHandlers } from '../../../content/messages';

describe('message contract', () => {
  it('knows every content request type and no other', () => {
    for (const type of ['get-mentions', 'reveal-next', 'set-paused', 'write-clipboard'])
      expect(isContentRequest({ type }), type).toBe(true);
    for (const value of [null, 'get-mentions', {}, { type: 'toString' }, { type: 'mention-count', count: 1 }])
      expect(isContentRequest(value), JSON.stringify(value)).toBe(false);
    expect(isBackgroundRequest({ type: 'mention-count', count: 2 })).toBe(true);
    expect(isBackgroundRequest({ type: 'mention-count', count: '2' })).toBe(false);
  });

  it('answers each request with the handler for its type, and a handler that throws with an error reply', async () => {
    const handlers: ContentHandlers<'set-paused' | 'reveal-next'> = {
      'set-paused': ({ paused }) => paused,
      'reveal-next': async ({ entity }) => {
        if (entity === 'stephan-weil') throw new Error('no such mention');
        return true;
      },
    };
    expect(await answerWith(handlers, { type: 'set-paused', paused: true })).toEqual({ ok: true, value: true });
    expect(await answerWith(handlers, { type: 'reveal-next' })).toEqual({ ok: true, value: true });
    expect(await answerWith(handlers, { type: 'reveal-next', entity: 'stephan-weil' })).toEqual({
      ok: false,
      error: 'Error: no such mention',
    });
  });
});
