/**
 * Was this thrown because the extension's context ended (reloaded, updated or removed: WXT aborts the
 * content script's signal, the browser says „Extension context invalidated“)? That is a teardown, not an error.
 */
export function isTeardown(error: unknown): boolean {
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return true;
  return /context invalidated/i.test(errorText(error));
}

/**
 * Reports an error quietly (the page's console is not ours to fill); a teardown is not reported. The message
 * is in the text too: a console read over CDP or WebDriver BiDi (the E2E tests) shows objects as handles only.
 */
export function reportError(error: unknown): void {
  if (isTeardown(error)) return;
  console.debug(`[Kontextkarten] ${errorText(error)}`, error);
}

/**
 * The error as text for a report or an error reply: `String(error)`, which itself throws for an object
 * without a primitive value (`Object.create(null)`).
 */
export function errorText(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'error';
  }
}

/**
 * The error boundary: nothing the extension does may throw into the page. Every callback the browser
 * calls (timers, idle and animation-frame callbacks, observers, listeners) runs its work through this.
 */
export function guard(task: () => void): void {
  try {
    task();
  } catch (error) {
    reportError(error);
  }
}
