import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForCandidates } from '../../../content/candidate-watch';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  vi.restoreAllMocks();
});
const idle = () => new Promise((r) => setTimeout(r, 400));

describe('candidate watch', () => {
  it('wakes on a page that names an entity, once the page is idle after its load', async () => {
    document.body.innerHTML = '<p>Der DGB in Hannover</p>';
    let woken = 0;
    watchForCandidates(document, controller.signal, () => woken++);
    // Not in the task that injected it: the page's own work after load goes first.
    expect(woken).toBe(0);
    await idle();
    expect(woken).toBe(1);
  });

  it('on a page without, wakes only when text with an anchor word arrives', async () => {
    document.body.innerHTML = '<p>Nichts hier.</p>';
    let woken = 0;
    watchForCandidates(document, controller.signal, () => woken++);
    document.body.insertAdjacentHTML('beforeend', '<p>Weiter ohne.</p>');
    await idle();
    expect(woken).toBe(0);
    document.body.lastChild!.firstChild!.textContent = 'Bischof Wilmer';
    await idle();
    expect(woken).toBe(1);
    document.body.insertAdjacentHTML('beforeend', '<p>Stephan Weil</p>');
    await idle();
    expect(woken).toBe(1);
  });

  it('stops when its signal aborts, and never starts on an aborted one', async () => {
    document.body.innerHTML = '<p>Nichts hier.</p>';
    let woken = 0;
    watchForCandidates(document, controller.signal, () => woken++);
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>Stephan Weil</p>');
    await idle();
    expect(woken).toBe(0);
    watchForCandidates(document, controller.signal, () => woken++);
    expect(woken).toBe(0);
  });

  it('keeps what throws in its callbacks from the page: the error boundary reports it', async () => {
    const reported = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    document.body.innerHTML = '<p>Nichts hier.</p>';
    watchForCandidates(document, controller.signal, () => {
      throw new Error('broken');
    });
    document.body.insertAdjacentHTML('beforeend', '<p>Stephan Weil</p>');
    await idle();
    expect(reported).toHaveBeenCalledTimes(1);
    expect(String(reported.mock.calls[0][1])).toContain('broken');
  });
});
