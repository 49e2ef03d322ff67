/** Targets worded with the plan's units: 5.3万吨/日, 100万亩, 1.8亿立方米 in Chinese; digits with separators in English. */
import { describe, expect, it } from 'vitest';
import { chineseQuantity, formatTarget } from '../../src/lib/registers/targets.ts';

describe('chineseQuantity', () => {
  it('writes round large quantities with 万 and 亿, as the plan does', () => {
    expect(chineseQuantity(53000)).toBe('5.3万');
    expect(chineseQuantity(30000)).toBe('3万');
    expect(chineseQuantity(1000000)).toBe('100万');
    expect(chineseQuantity(150000)).toBe('15万');
    expect(chineseQuantity(180000000)).toBe('1.8亿');
  });
  it('leaves small or unround numbers in digits', () => {
    expect(chineseQuantity(260)).toBe('260');
    expect(chineseQuantity(9999)).toBe('9999');
    expect(chineseQuantity(12345.678)).toBe('12345.678');
    expect(chineseQuantity(95.5)).toBe('95.5');
  });
});

describe('formatTarget', () => {
  it('joins the unit without a space in Chinese and with one in English', () => {
    const sewage = { comparator: '>=' as const, value: 53000, unit: 't/d' };
    expect(formatTarget(sewage, 'zh', '吨/日')).toBe('≥ 5.3万吨/日');
    expect(formatTarget(sewage, 'en', 'tonnes/day')).toBe('≥ 53,000 tonnes/day');
    expect(formatTarget({ comparator: 'about', value: 70, unit: '%' }, 'zh', '%')).toBe('70%左右');
    expect(formatTarget({ comparator: '>=', value: 1000000, unit: 'mu' }, 'zh', '亩')).toBe(
      '≥ 100万亩',
    );
  });
});
