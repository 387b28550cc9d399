/** Reports an error once, quietly; a reloaded extension („context invalidated“) is a teardown, not an error. */
export function reportError(error: unknown): void {
  if (String(error).includes('Extension context invalidated')) return;
  console.debug('[Kontextkarten]', error);
}

/** The error boundary: nothing the extension does may throw into the page. */
export function guard(task: () => void): void {
  try {
    task();
  } catch (error) {
    reportError(error);
  }
}
