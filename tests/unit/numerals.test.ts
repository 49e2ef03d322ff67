import { describe, expect, it } from 'vitest';
import { chineseToNumber, numberToChinese } from '../../src/lib/plan/numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['九十九', 99],
  ])('%s is %i', (zh, n) => {
    expect(chineseToNumber(zh)).toBe(n);
    expect(numberToChinese(n)).toBe(zh);
  });
  it('rejects what is not a numeral', () => {
    expect(() => chineseToNumber('')).toThrow();
    expect(() => chineseToNumber('十十')).toThrow();
    expect(() => chineseToNumber('3')).toThrow();
  });
});
