import { describe, expect, it } from 'vitest';
import {
  hasInvisible,
  INVISIBLE,
  INVISIBLE_CHARS,
  mapRangeBack,
  removeInvisible,
  stripInvisible,
} from '../../../../content/engine/invisible-chars';

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

  it('the class, the fast check and the plain removal are one list', () => {
    const inClass: string[] = [];
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const invisible = INVISIBLE.test(c);
      if (invisible) inClass.push(c);
      if (hasInvisible(`a${c}b`) !== invisible || (removeInvisible(`a${c}b`) === 'ab') !== invisible)
        disagree.push(code);
    }
    expect(inClass).toEqual([...INVISIBLE_CHARS]);
    expect(disagree).toEqual([]);
    const plain = 'Niedersachsen packt an';
    expect(removeInvisible(plain)).toBe(plain);
  });
});
