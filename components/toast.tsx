import type { Signal } from '@preact/signals';

export interface ToastMessage {
  text: string;
  error?: boolean;
}

/** A polite live region: screen readers announce what was copied (or why not). */
export function Toast({ message }: { message: Signal<ToastMessage | null> }) {
  const m = message.value;
  return (
    <div
      class={m?.error ? 'toast toast-error' : 'toast'}
      role={m?.error ? 'alert' : 'status'}
      aria-live="polite"
      hidden={!m}
    >
      {m?.text}
    </div>
  );
}
