import { describe, expect, it } from 'vitest';
import {
  answerWith,
  COMMANDS,
  isBackgroundRequest,
  isCommandName,
  isContentRequest,
  type ContentHandlers,
} from '../../../content/messages';

describe('message contract', () => {
  it('knows every content request type and no other', () => {
    for (const type of ['get-mentions', 'reveal-next', 'set-paused', 'run-command', 'write-clipboard'])
      expect(isContentRequest({ type }), type).toBe(true);
    for (const value of [null, 'get-mentions', {}, { type: 'toString' }, { type: 'page-state', count: 1 }])
      expect(isContentRequest(value), JSON.stringify(value)).toBe(false);
    expect(isBackgroundRequest({ type: 'page-state', count: 2, paused: false })).toBe(true);
    expect(isBackgroundRequest({ type: 'page-state', count: '2', paused: false })).toBe(false);
    expect(isBackgroundRequest({ type: 'page-state', count: 2 })).toBe(false);
    expect(isBackgroundRequest({ type: 'get-bindings' })).toBe(true);
    expect(isBackgroundRequest({ type: 'mention-count', count: 2 })).toBe(false);
  });

  it('knows the two commands and no other', () => {
    expect([...COMMANDS]).toEqual(['next-mention', 'toggle-pause']);
    expect(isCommandName('toggle-pause')).toBe(true);
    expect(isCommandName('_execute_action')).toBe(false);
    expect(isCommandName(undefined)).toBe(false);
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

  it('never rejects, even for a thrown object without a text of its own', async () => {
    const handlers: ContentHandlers<'reveal-next'> = {
      'reveal-next': () => {
        throw Object.create(null);
      },
    };
    expect(await answerWith(handlers, { type: 'reveal-next' })).toEqual({ ok: false, error: 'error' });
  });
});
