import { describe, expect, it } from 'vitest';
import { INVISIBLE, mapRangeBack, stripInvisible } from '../../../../content/engine/invisible-chars';

describe('invisible characters', () => {
  it('strips every character of the class, and maps offsets back', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const text = `Nieder${c}sachsen`;
      const stripped = stripInvisible(text);
      if (INVISIBLE.test(c)) {
        expect(stripped.text, code.toString(16)).toBe('Niedersachsen');
        expect(mapRangeBack(stripped, 0, 13)).toEqual([0, 14]);
      } else {
        expect(stripped.text, code.toString(16)).toBe(text);
        expect(stripped.map).toBeNull();
      }
    }
  });
});
