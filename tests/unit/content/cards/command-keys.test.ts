import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CommandKeys,
  FALLBACK_WAIT_MS,
  SAME_PRESS_MS,
  suggestedBindings,
} from '../../../../content/cards/command-keys';
import type { CommandName } from '../../../../content/messages';

const DEFAULTS = { 'next-mention': 'Alt+Shift+K', 'toggle-pause': 'Alt+Shift+U' };
let life: AbortController;
let ran: CommandName[];

/** Command keys as the page session sets them up, with the bindings the browser reported. */
function keys(bindings: Record<CommandName, string> | null = DEFAULTS): CommandKeys {
  const k = new CommandKeys({
    run: async (command) => {
      ran.push(command);
      return true;
    },
    signal: life.signal,
    mac: false,
  });
  k.setBindings(bindings, DEFAULTS);
  return k;
}

const press = (letter: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: letter,
      code: `Key${letter}`,
      altKey: true,
      shiftKey: true,
      bubbles: true,
      composed: true,
      ...init,
    }),
  );

beforeEach(() => {
  vi.useFakeTimers();
  life = new AbortController();
  ran = [];
  document.body.innerHTML = '<p>Text</p><input id="field"><div contenteditable id="editor">x</div>';
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

describe('the in-page fallback of the keyboard commands (issue 15)', () => {
  it('runs a command by its key where the browser delivers none, after giving the browser a moment', async () => {
    keys();
    press('K');
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    expect(ran).toEqual(['next-mention']);
    press('U');
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    expect(ran).toEqual(['next-mention', 'toggle-pause']);
  });

  it('leaves it to the browser where it delivers the command: one press, one run', async () => {
    const k = keys();
    // Firefox: the page sees the key first, then the command arrives.
    press('K');
    await vi.advanceTimersByTimeAsync(20);
    expect(await k.delivered('next-mention')).toBe(true);
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS * 2);
    expect(ran).toEqual(['next-mention']);
    // The command first, the key after (or the key again at once): still one run.
    await vi.advanceTimersByTimeAsync(SAME_PRESS_MS);
    expect(await k.delivered('toggle-pause')).toBe(true);
    press('U');
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS * 2);
    expect(ran).toEqual(['next-mention', 'toggle-pause']);
  });

  it('drops a command the browser delivers late for a press the fallback already ran', async () => {
    const k = keys();
    press('K');
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS + 100);
    expect(await k.delivered('next-mention')).toBe(false);
    expect(ran).toEqual(['next-mention']);
    // A later press of the browser's own is a new one.
    await vi.advanceTimersByTimeAsync(SAME_PRESS_MS);
    expect(await k.delivered('next-mention')).toBe(true);
    expect(ran).toEqual(['next-mention', 'next-mention']);
  });

  it('never acts while focus is in an editable field (Option+Shift+K types a character on a Mac)', async () => {
    keys();
    press('K', document.getElementById('field')!);
    press('U', document.getElementById('editor')!);
    // macOS: the key types „“, the physical key is K.
    press('', document.getElementById('field')!, { code: 'KeyK' });
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS * 2);
    expect(ran).toEqual([]);
  });

  it('follows the reader’s own binding: the default key does nothing once they chose another', async () => {
    keys({ 'next-mention': 'Ctrl+Shift+Y', 'toggle-pause': '' });
    press('K');
    press('U');
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS * 2);
    expect(ran).toEqual([]);
    press('Y', document.body, { altKey: false, ctrlKey: true });
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    expect(ran).toEqual(['next-mention']);
  });

  it('uses the manifest’s suggested keys where the browser has no commands API at all', async () => {
    keys(null);
    press('K');
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    expect(ran).toEqual(['next-mention']);
    expect(
      suggestedBindings({
        commands: { 'next-mention': { suggested_key: { default: 'Alt+Shift+K' } }, other: {} },
      }),
    ).toEqual({ 'next-mention': 'Alt+Shift+K', 'toggle-pause': '' });
  });

  it('ignores held-down repeats and stops with its signal, a waiting fallback included', async () => {
    keys();
    press('K', document.body, { repeat: true });
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    expect(ran).toEqual([]);
    press('K');
    life.abort();
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    press('K');
    await vi.advanceTimersByTimeAsync(FALLBACK_WAIT_MS);
    expect(ran).toEqual([]);
  });
});
