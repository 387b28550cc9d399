/**
 * Keyboard shortcuts as the browser reports them (`commands.getAll`), read into key combinations a
 * keydown can be matched against: the in-page fallback follows the reader's own binding, not a fixed key.
 */

/** One key combination: the key (as named below) and exactly these modifiers. */
export interface KeyCombo {
  /** „K“, „7“, „F5“, „Comma“, „Period“, „Home“, „End“, „PageUp“, „PageDown“, „Insert“, „Delete“, „Space“, „Up“ … */
  key: string;
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
}

type Modifier = 'alt' | 'ctrl' | 'shift' | 'meta';

/**
 * Modifier names as browsers write them: Firefox gives the manifest's names („Alt“, „Shift“, „Ctrl“,
 * „MacCtrl“, „Command“); Chrome gives the shortcut text of its UI language („Strg+Umschalt+K“ in German,
 * „⌥⇧K“ on a Mac). A name not listed here makes the shortcut unreadable, and then the fallback stays off
 * rather than guess.
 */
const MODIFIER_NAMES: Record<string, Modifier | 'ctrl-or-command'> = {
  alt: 'alt',
  option: 'alt',
  opt: 'alt',
  '⌥': 'alt',
  shift: 'shift',
  umschalt: 'shift',
  '⇧': 'shift',
  // „Ctrl“ means Command on a Mac in the manifest (MDN, commands: „On Macs, this is interpreted as Command“).
  ctrl: 'ctrl-or-command',
  strg: 'ctrl-or-command',
  control: 'ctrl-or-command',
  macctrl: 'ctrl',
  '⌃': 'ctrl',
  command: 'meta',
  cmd: 'meta',
  '⌘': 'meta',
};

const MAC_SYMBOLS = /[⌃⌥⇧⌘]/;

/** Key names of the manifest's shortcut grammar (and the characters Chrome's text may show) → our names. */
const KEY_ALIASES: Record<string, string> = {
  ',': 'Comma',
  comma: 'Comma',
  '.': 'Period',
  period: 'Period',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
  ins: 'Insert',
  delete: 'Delete',
  del: 'Delete',
  entf: 'Delete',
  einfg: 'Insert',
  pos1: 'Home',
  ende: 'End',
  space: 'Space',
  leertaste: 'Space',
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  '↑': 'Up',
  '↓': 'Down',
  '←': 'Left',
  '→': 'Right',
};

function keyName(token: string): string | null {
  const t = token.trim();
  if (/^[a-z0-9]$/i.test(t)) return t.toUpperCase();
  if (/^f([1-9]|1[0-2])$/i.test(t)) return t.toUpperCase();
  return KEY_ALIASES[t.toLowerCase()] ?? null;
}

/**
 * Reads a shortcut as `commands.getAll` reports it. Returns null for '' (no binding), for a key or modifier
 * it does not know, and for a combination without Alt, Ctrl or Command (no browser grants those, and a plain
 * key must never be taken from the page). `mac`: the platform is macOS, where „Ctrl“ means Command.
 */
export function parseShortcut(text: string, mac: boolean): KeyCombo | null {
  const raw = text.trim();
  if (!raw) return null;
  let modifierTokens: string[];
  let keyToken: string;
  if (MAC_SYMBOLS.test(raw) && !raw.includes('+')) {
    // Chrome on a Mac: „⌥⇧K“, the modifiers as symbols before the key.
    const chars = [...raw];
    const firstKey = chars.findIndex((c) => !MAC_SYMBOLS.test(c));
    if (firstKey < 0) return null;
    modifierTokens = chars.slice(0, firstKey);
    keyToken = chars.slice(firstKey).join('');
  } else {
    const parts = raw.split('+');
    // „Ctrl+Shift++“ is not a shortcut any browser reports; an empty part means we cannot read it.
    if (parts.some((p) => !p.trim())) return null;
    keyToken = parts.pop()!;
    modifierTokens = parts;
  }
  const key = keyName(keyToken);
  if (!key) return null;
  const combo: KeyCombo = { key, alt: false, ctrl: false, shift: false, meta: false };
  for (const token of modifierTokens) {
    const name = MODIFIER_NAMES[token.trim().toLowerCase()];
    if (!name) return null;
    const modifier: Modifier = name === 'ctrl-or-command' ? (mac ? 'meta' : 'ctrl') : name;
    combo[modifier] = true;
  }
  if (!combo.alt && !combo.ctrl && !combo.meta) return null;
  return combo;
}

/** What matching needs of a keydown event. */
export type KeyInput = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>;

const CODE_KEYS: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Space: 'Space',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/** The key of a keydown in our names, by what it types where that is a letter or digit, else by its position. */
function eventKey(e: KeyInput): string | null {
  if (/^[a-z0-9]$/i.test(e.key)) return e.key.toUpperCase();
  if (/^F([1-9]|1[0-2])$/.test(e.key)) return e.key;
  if (['Home', 'End', 'PageUp', 'PageDown', 'Insert', 'Delete'].includes(e.key)) return e.key;
  // Option on a Mac and AltGr elsewhere turn letters into other characters („Option+Shift+K“ types „“);
  // the physical key still says which letter it is.
  const letter = /^Key([A-Z])$/.exec(e.code) ?? /^Digit([0-9])$/.exec(e.code);
  if (letter) return letter[1];
  return CODE_KEYS[e.code] ?? null;
}

/** Does this keydown press exactly `combo` (no modifier more, none less)? */
export function matchesCombo(e: KeyInput, combo: KeyCombo): boolean {
  return (
    e.altKey === combo.alt &&
    e.ctrlKey === combo.ctrl &&
    e.shiftKey === combo.shift &&
    e.metaKey === combo.meta &&
    eventKey(e) === combo.key
  );
}

const TEXT_INPUTS = new Set(['input', 'textarea', 'select']);

/**
 * Is the keydown meant for an editable field: an input, textarea or select, an element that is
 * contenteditable, or a document in design mode? Looked up at the event's real target, inside shadow roots
 * too. There the keys type text (Option+Shift+K types „“ on a Mac), so the fallback never acts there.
 */
export function isEditableTarget(e: Event): boolean {
  const target = (e.composedPath?.()[0] ?? e.target) as Node | null;
  const el = target && (target.nodeType === 1 ? (target as Element) : target.parentElement);
  if (!el) return false;
  if (el.ownerDocument?.designMode === 'on') return true;
  if (TEXT_INPUTS.has(el.localName)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  // happy-dom and older engines lack isContentEditable on some elements: the attribute says the same.
  const editable = el.closest('[contenteditable]');
  return !!editable && editable.getAttribute('contenteditable') !== 'false';
}

/** Is this a Mac, where „Ctrl“ in a shortcut means Command? */
export function isMac(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): boolean {
  const data = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac/i.test(data?.platform ?? nav.platform ?? '') || /Macintosh|Mac OS X/.test(nav.userAgent ?? '');
}
