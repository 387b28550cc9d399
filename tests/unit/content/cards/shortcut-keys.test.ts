import { describe, expect, it } from 'vitest';
import {
  isEditableTarget,
  isMac,
  matchesCombo,
  parseShortcut,
  type KeyInput,
} from '../../../../content/cards/shortcut-keys';

const key = (init: Partial<KeyInput>): KeyInput => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...init,
});

describe('reading shortcuts as the browser reports them', () => {
  it('reads Firefox’s and Chrome’s English text', () => {
    expect(parseShortcut('Alt+Shift+K', false)).toEqual({ key: 'K', alt: true, shift: true, ctrl: false, meta: false });
    expect(parseShortcut('Ctrl+Shift+Comma', false)).toEqual({
      key: 'Comma',
      alt: false,
      shift: true,
      ctrl: true,
      meta: false,
    });
    expect(parseShortcut('Alt+F7', false)).toMatchObject({ key: 'F7', alt: true });
    expect(parseShortcut('Ctrl+Alt+Up', false)).toMatchObject({ key: 'Up', alt: true, ctrl: true });
    expect(parseShortcut('Alt+Shift+7', false)).toMatchObject({ key: '7' });
  });

  it('reads Chrome’s German text and its Mac symbols', () => {
    expect(parseShortcut('Strg+Umschalt+Y', false)).toEqual({
      key: 'Y',
      alt: false,
      shift: true,
      ctrl: true,
      meta: false,
    });
    expect(parseShortcut('⌥⇧K', true)).toEqual({ key: 'K', alt: true, shift: true, ctrl: false, meta: false });
    expect(parseShortcut('⇧⌘Y', true)).toEqual({ key: 'Y', alt: false, shift: true, ctrl: false, meta: true });
    expect(parseShortcut('⌃⇧K', true)).toMatchObject({ ctrl: true, meta: false });
  });

  it('takes „Ctrl“ as Command on a Mac, „MacCtrl“ as Control', () => {
    expect(parseShortcut('Ctrl+Shift+K', true)).toMatchObject({ ctrl: false, meta: true });
    expect(parseShortcut('MacCtrl+Shift+K', true)).toMatchObject({ ctrl: true, meta: false });
    expect(parseShortcut('Command+Shift+K', true)).toMatchObject({ meta: true });
  });

  it('gives no combination for no binding, unknown words, or keys without Alt, Ctrl or Command', () => {
    for (const text of ['', '   ', 'Shift+K', 'K', 'Hyper+K', 'Alt+Shift+', 'Alt++', 'Alt+MediaNextTrack', '⇧⌥'])
      expect(parseShortcut(text, false), text).toBeNull();
  });
});

describe('matching a keydown', () => {
  const altShiftK = parseShortcut('Alt+Shift+K', false)!;

  it('matches the key with exactly its modifiers', () => {
    expect(matchesCombo(key({ key: 'K', code: 'KeyK', altKey: true, shiftKey: true }), altShiftK)).toBe(true);
    expect(matchesCombo(key({ key: 'k', code: 'KeyK', altKey: true, shiftKey: true }), altShiftK)).toBe(true);
    expect(matchesCombo(key({ key: 'K', code: 'KeyK', altKey: true, shiftKey: true, ctrlKey: true }), altShiftK)).toBe(
      false,
    );
    expect(matchesCombo(key({ key: 'K', code: 'KeyK', altKey: true }), altShiftK)).toBe(false);
    expect(matchesCombo(key({ key: 'J', code: 'KeyJ', altKey: true, shiftKey: true }), altShiftK)).toBe(false);
  });

  it('knows the letter by what it types, else by the physical key (Option on a Mac types „“)', () => {
    // macOS: Option+Shift+K types „“ – the key is still K.
    expect(matchesCombo(key({ key: '', code: 'KeyK', altKey: true, shiftKey: true }), altShiftK)).toBe(true);
    // AZERTY: the key that types „a“ sits where QWERTY has Q; the letter typed decides.
    const altShiftA = parseShortcut('Alt+Shift+A', false)!;
    expect(matchesCombo(key({ key: 'A', code: 'KeyQ', altKey: true, shiftKey: true }), altShiftA)).toBe(true);
    expect(matchesCombo(key({ key: 'Q', code: 'KeyA', altKey: true, shiftKey: true }), altShiftA)).toBe(false);
    // Shift turns digits into signs; the key position says which digit.
    const altShift7 = parseShortcut('Alt+Shift+7', false)!;
    expect(matchesCombo(key({ key: '/', code: 'Digit7', altKey: true, shiftKey: true }), altShift7)).toBe(true);
    expect(matchesCombo(key({ key: ',', code: 'Comma', ctrlKey: true }), parseShortcut('Ctrl+Comma', false)!)).toBe(
      true,
    );
    expect(matchesCombo(key({ key: 'ArrowUp', code: 'ArrowUp', altKey: true }), parseShortcut('Alt+Up', false)!)).toBe(
      true,
    );
  });
});

describe('editable fields', () => {
  const keydownAt = (target: Element) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, composed: true });
    let editable: boolean | undefined;
    target.addEventListener('keydown', (e) => (editable = isEditableTarget(e)), { once: true });
    target.dispatchEvent(event);
    return editable;
  };

  it('knows inputs, text areas, selects and contenteditable, inside shadow roots too', () => {
    document.body.innerHTML = `<input id="i"><textarea id="t"></textarea><select id="s"></select>
      <div contenteditable id="c"><b id="inner">x</b></div><div contenteditable="false" id="n">x</div><p id="p">x</p>
      <div id="host"></div>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input id="deep">';
    for (const id of ['i', 't', 's', 'c', 'inner']) expect(keydownAt(document.getElementById(id)!), id).toBe(true);
    expect(keydownAt(shadow.getElementById('deep')!)).toBe(true);
    for (const id of ['n', 'p', 'host']) expect(keydownAt(document.getElementById(id)!), id).toBe(false);
  });

  it('treats a whole document in design mode as editable', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    document.designMode = 'on';
    try {
      expect(keydownAt(document.getElementById('p')!)).toBe(true);
    } finally {
      document.designMode = 'off';
    }
  });
});

describe('the platform', () => {
  it('is a Mac by userAgentData or the older platform string', () => {
    expect(isMac({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isMac({ platform: 'Linux x86_64', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
    expect(isMac({ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
  });
});
