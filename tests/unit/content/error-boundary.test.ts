import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard } from '../../../content/error-boundary';

afterEach(() => vi.restoreAllMocks());

describe('error boundary', () => {
  it('stops an error and reports it quietly, its message in the text', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const error = new TypeError('can’t access dead object');
    expect(() =>
      guard(() => {
        throw error;
      }),
    ).not.toThrow();
    expect(debug).toHaveBeenCalledTimes(1);
    expect(debug.mock.calls[0]).toEqual(['[Kontextkarten] TypeError: can’t access dead object', error]);
  });

  it('says nothing of a teardown (the extension was reloaded or removed)', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    guard(() => {
      throw new Error('Extension context invalidated.');
    });
    guard(() => {
      throw new DOMException('stopped', 'AbortError');
    });
    expect(debug).not.toHaveBeenCalled();
  });

  it('stops what has no text as well', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const odd = Object.create(null) as object;
    expect(() =>
      guard(() => {
        throw odd;
      }),
    ).not.toThrow();
    expect(debug.mock.calls[0]).toEqual(['[Kontextkarten] error', odd]);
  });
});
