import { describe, expect, it } from 'vitest';
import {
  flattenTableBody,
  formatValue,
  formatValueWithUnit,
  groupByCategory,
  type IndicatorRow,
} from '../../src/lib/registers/indicators.ts';
import { formatTarget } from '../../src/lib/registers/targets.ts';

const row = (
  number: number,
  category: string,
  extra: Partial<IndicatorRow> = {},
): IndicatorRow => ({
  id: `i${number}`,
  number,
  category,
  name: { zh: `指标${number}`, en: `Indicator ${number}` },
  type: 'binding',
  target: {},
  ...extra,
});

describe('formatValue', () => {
  it('prints values as the table does, in both languages', () => {
    expect(formatValue({ value: 70, approx: true }, 'zh')).toBe('70左右');
    expect(formatValue({ value: 70, approx: true }, 'en')).toBe('about 70');
    expect(formatValue({ value: 28.82, asOf: '2021-05' }, 'zh')).toBe('28.82*');
    expect(formatValue({ value: 41350 }, 'en')).toBe('41,350');
    expect(formatValue({ text: { zh: '保持良好', en: 'Remains good' } }, 'en')).toBe(
      'Remains good',
    );
    expect(formatValue(undefined, 'zh')).toBe('');
  });
});

describe('values with their unit, as the plan words them', () => {
  it('puts 左右 after the percent sign: 70%左右, never 70左右%', () => {
    expect(formatValueWithUnit({ value: 70, approx: true }, '%', 'zh')).toBe('70%左右');
    expect(formatValueWithUnit({ value: 70, approx: true }, '%', 'en')).toBe('about 70%');
    expect(formatValueWithUnit({ value: 67.98 }, '%', 'zh')).toBe('67.98%');
    expect(formatValueWithUnit({ value: 28.82, asOf: '2021-05' }, '%', 'zh')).toBe('28.82%*');
    expect(formatValueWithUnit({ value: 41350 }, 'km2', 'en')).toBe('41,350');
    expect(formatValueWithUnit({ text: { zh: '保持良好', en: 'Remains good' } }, '%', 'zh')).toBe(
      '保持良好',
    );
  });
  it('words an approximate target as the plan does in the targets register', () => {
    expect(formatTarget({ comparator: 'about', value: 70, unit: '%' }, 'zh', '%')).toBe('70%左右');
    expect(formatTarget({ comparator: 'about', value: 25, unit: '%' }, 'en', '%')).toBe(
      'about 25%',
    );
    expect(formatTarget({ comparator: '>=', value: 95, unit: '%' }, 'zh', '%')).toBe('≥ 95%');
  });
});

describe('groupByCategory', () => {
  const categories = [
    { id: 'b', zh: '乙', en: 'B' },
    { id: 'a', zh: '甲', en: 'A' },
  ];
  it('orders categories and rows by indicator number, whatever order the data comes in', () => {
    const groups = groupByCategory(categories, [row(3, 'b'), row(1, 'a'), row(2, 'a')]);
    expect(groups.map((g) => [g.category.id, g.rows.map((r) => r.number)])).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
  });
  it('names an unknown category', () => {
    expect(() => groupByCategory(categories, [row(1, 'x')])).toThrow(
      /indicator "i1": unknown category "x"/,
    );
  });
});

describe('flattenTableBody', () => {
  it('drops empty cells, as the flattened seed does', () => {
    const cells = flattenTableBody(
      [{ id: 'a', zh: '甲', en: 'A' }],
      [row(7, 'a', { target: { value: 25 }, type: 'anticipatory' })],
      (t) => t,
    );
    expect(cells).toEqual(['甲', '7', '指标7', '25', 'anticipatory']);
  });
});
