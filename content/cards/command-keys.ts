import { guard, reportError } from '../error-boundary';
import { COMMANDS, type CommandBindings, type CommandName } from '../messages';
import { isEditableTarget, matchesCombo, parseShortcut, type KeyCombo } from './shortcut-keys';

/**
 * How long a keydown that matches a binding waits for the browser's own command before the fallback acts
 * (ms). Where the browser has the command, the page does not see its keydown (Chrome) or sees it a moment
 * before the command arrives (Firefox hands the key to the page first, then to the extension).
 */
export const FALLBACK_WAIT_MS = 250;
/** A command the browser delivers this long after the fallback acted on the same key is the same press (ms). */
export const SAME_PRESS_MS = 1000;

/** The manifest's suggested keys (`commands.<name>.suggested_key.default`): the bindings where the browser has no commands API. */
export function suggestedBindings(manifest: { commands?: unknown }): Record<CommandName, string> {
  const commands = (manifest.commands ?? {}) as Record<string, { suggested_key?: { default?: string } } | undefined>;
  return Object.fromEntries(COMMANDS.map((c) => [c, commands[c]?.suggested_key?.default ?? ''])) as Record<
    CommandName,
    string
  >;
}

export interface CommandKeysOptions {
  /** Runs a command in this page (next mention, pause or resume here); says whether it did something. */
  run: (command: CommandName) => Promise<boolean>;
  signal: AbortSignal;
  /** Where the keys are listened for; the top frame's document (the browser's commands go to the top frame). */
  doc?: Document;
  /** Is this a Mac, where „Ctrl“ in a shortcut means Command? */
  mac?: boolean;
  now?: () => number;
}

/**
 * The keyboard commands in a page: the browser's own (`delivered`, from the background) and the in-page
 * fallback for where the browser gives none. The fallback follows the reader's bindings as the browser
 * reports them (a removed binding means no fallback either), never acts while focus is in an editable field,
 * and acts only when the browser did not deliver the command for the same press: each press runs its
 * command once.
 */
export class CommandKeys {
  private combos: Partial<Record<CommandName, KeyCombo>> = {};
  private readonly pending = new Map<CommandName, ReturnType<typeof setTimeout>>();
  /** When the fallback last ran each command, and when the browser last delivered it. */
  private readonly fallbackAt = new Map<CommandName, number>();
  private readonly deliveredAt = new Map<CommandName, number>();
  private readonly now: () => number;

  constructor(private readonly options: CommandKeysOptions) {
    this.now = options.now ?? (() => performance.now());
    const doc = options.doc ?? document;
    doc.addEventListener('keydown', (e) => guard(() => this.onKeyDown(e)), { capture: true, signal: options.signal });
    options.signal.addEventListener(
      'abort',
      () => {
        for (const timer of this.pending.values()) clearTimeout(timer);
        this.pending.clear();
      },
      { once: true },
    );
  }

  /**
   * The bindings the browser reports, or `defaults` (the manifest's suggested keys) where it has no
   * commands API (`bindings` null). A binding that cannot be read leaves its command without a fallback.
   */
  setBindings(bindings: CommandBindings, defaults: Record<CommandName, string>): void {
    const source = bindings ?? defaults;
    const mac = this.options.mac ?? false;
    this.combos = {};
    for (const command of COMMANDS) {
      const combo = parseShortcut(source[command] ?? '', mac);
      if (combo) this.combos[command] = combo;
    }
  }

  /** The key combination the fallback listens for, if any (for tests and the welcome page). */
  comboFor(command: CommandName): KeyCombo | undefined {
    return this.combos[command];
  }

  /**
   * The browser delivered `command`. Runs it, unless the fallback already ran it for the same press; a
   * fallback waiting for this very command is dropped. Resolves with what running it did (false when dropped).
   */
  delivered(command: CommandName): Promise<boolean> {
    const now = this.now();
    this.deliveredAt.set(command, now);
    const waiting = this.pending.get(command);
    if (waiting !== undefined) {
      clearTimeout(waiting);
      this.pending.delete(command);
    } else if (now - (this.fallbackAt.get(command) ?? -Infinity) < SAME_PRESS_MS) {
      return Promise.resolve(false);
    }
    return this.options.run(command);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.repeat || e.isComposing || this.options.signal.aborted) return;
    const command = COMMANDS.find((c) => {
      const combo = this.combos[c];
      return combo && matchesCombo(e, combo);
    });
    if (!command || isEditableTarget(e)) return;
    // The browser already delivered this press (its command can come first).
    if (this.now() - (this.deliveredAt.get(command) ?? -Infinity) < FALLBACK_WAIT_MS) return;
    if (this.pending.has(command)) return;
    this.pending.set(
      command,
      setTimeout(
        () =>
          guard(() => {
            this.pending.delete(command);
            if (this.options.signal.aborted) return;
            this.fallbackAt.set(command, this.now());
            this.options.run(command).catch(reportError);
          }),
        FALLBACK_WAIT_MS,
      ),
    );
  }
}
