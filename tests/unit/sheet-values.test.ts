/** Cells read as displayed (src/lib/staff/sheet-values.ts) and the magnitude rule (src/lib/reports/plausibility.ts). */
import { describe, expect, it } from 'vitest';
import { displayedNumber, parseFigure } from '../../src/lib/staff/sheet-values.ts';
import { checkMagnitude, checkNumber } from '../../src/lib/reports/plausibility.ts';

const value = (input: string | number, unit?: string) => {
  const read = parseFigure(input, '填报值', unit);
  return 'value' in read ? read.value : read.problem.zh;
};

describe('a number as its format displays it', () => {
  it.each([
    [0.691, '0.0%', '69.1%'],
    [0.6912, '0%', '69%'],
    [66.66666666666667, '0.0', '66.7'],
    [1125.04, '#,##0.0', '1125'],
    [1125.05, '#,##0.00', '1125.05'],
    [0.5, '0.00%;[Red]-0.00%', '50%'],
    [12.3456, '"约"0.0', '12.3'],
  ])('%d under %s shows %s', (n, format, shown) => {
    expect(displayedNumber(n, format)).toBe(shown);
  });
  it('leaves a number under General (or no format) as it was typed', () => {
    expect(displayedNumber(69.1, 'General')).toBe(69.1);
    expect(displayedNumber(69.1, undefined)).toBe(69.1);
  });
});

describe('a figure written as text', () => {
  it('reads full-width digits, a % sign for a % item and thousands in groups of three', () => {
    expect(value('６９．１', '%')).toBe(69.1);
    expect(value('69.1%', '%')).toBe(69.1);
    expect(value('53,500', '吨/日')).toBe(53500);
    expect(value('1,234,567.5', '吨')).toBe(1234567.5);
    expect(value('−3.5', '%')).toBe(-3.5);
  });
  it.each([
    ['112,5', '逗号含义不明'],
    ['1,12', '逗号含义不明'],
    ['约691', '不是数字'],
    ['69.1吨', '不是数字'],
    ['69.1%', '带 % 号，但该项单位是“吨”'],
    [66.66666666666667, '小数位太多'],
  ])('refuses %s, saying what to type', (input, words) => {
    expect(value(input, '吨')).toContain(words);
  });
});

describe('magnitude', () => {
  const far = (v: number, refs: (number | undefined)[]) =>
    checkMagnitude(v, refs, undefined, undefined).length > 0;
  it('refuses a figure more than five times the larger reference, or under a tenth of the smaller', () => {
    expect(far(530000, [53000])).toBe(true);
    expect(far(0.691, [67.98, 70])).toBe(true);
    expect(far(265000, [53000])).toBe(false);
    expect(far(69.1, [67.98, 70])).toBe(false);
  });
  it('lets zero and items without references through', () => {
    expect(far(0, [5])).toBe(false);
    expect(far(12, [undefined, 0])).toBe(false);
  });
  it('accepts a confirmed figure only with a note', () => {
    expect(checkMagnitude(530000, [53000], true, undefined)[0]?.field).toBe('note');
    expect(checkMagnitude(530000, [53000], true, { zh: '原因', en: 'why' })).toEqual([]);
  });
  it('accepts a favourable negative where lower is better, and refuses it elsewhere', () => {
    expect(checkNumber('value', -3.5, '%', true)).toEqual([]);
    expect(checkNumber('value', -3.5, '%')).toHaveLength(1);
  });
});
