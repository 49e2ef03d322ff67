import { describe, expect, it } from 'vitest';
import { baselinePoint, indicatorGoal, judge } from '../../src/lib/reports/report-view.ts';
import type { IndicatorRow } from '../../src/lib/registers/indicators.ts';

// Synthetic indicators and values (test fixtures, not published data).
const forest: IndicatorRow = {
  id: 'forest',
  number: 16,
  category: 'c',
  name: { zh: '森林覆盖率(%)', en: 'Forest (%)' },
  type: 'binding',
  baseline: { value: 67.98 },
  target: { value: 70, approx: true, comparator: 'about' },
};
const airDays: IndicatorRow = {
  id: 'air',
  number: 2,
  category: 'c',
  name: { zh: '优良天数', en: 'Good days' },
  type: 'binding',
  baseline: { value: 99.7 },
  target: { text: { zh: '达到国家及贵州省下达目标要求', en: 'Meets the targets assigned' } },
};
const redline: IndicatorRow = {
  ...airDays,
  id: 'redline',
  baseline: { value: 28.82, asOf: '2021-05' },
};

describe('report view', () => {
  it('judges a numeric indicator against its plan target, from its baseline', () => {
    const sewage: IndicatorRow = {
      ...forest,
      id: 'sewage',
      baseline: { value: 10 },
      target: { value: 25, comparator: '>=' },
    };
    const item = { id: 'sewage', value: 20, asOf: '2023-12', source: { title: 'Fixture' } };
    expect(judge(item, indicatorGoal(sewage, item), 2023, baselinePoint(sewage))).toMatchObject({
      status: 'on-track',
      rule: 'ahead-of-trajectory',
      expected: 19,
      goal: { value: 25, assigned: false },
    });
    const near = { id: 'forest', value: 69.5, asOf: '2023-12', source: { title: 'Fixture' } };
    expect(judge(near, indicatorGoal(forest, near), 2023, baselinePoint(forest))).toMatchObject({
      status: 'achieved',
      rule: 'met',
    });
  });
  it('judges an indicator with a worded target against the target the province assigned', () => {
    const item = {
      id: 'air',
      value: 96,
      asOf: '2025-12',
      source: { title: 'Fixture' },
      assignedTarget: { comparator: '>=' as const, value: 97.5, source: { title: 'Fixture' } },
    };
    expect(judge(item, indicatorGoal(airDays, item), 2025, baselinePoint(airDays))).toMatchObject({
      status: 'off-track',
      rule: 'not-met-at-deadline',
      goal: { value: 97.5, assigned: true },
    });
  });
  it('takes a status set by hand, with its reason', () => {
    const item = {
      id: 'air',
      value: { zh: '良好', en: 'good' },
      status: 'achieved' as const,
      reason: { zh: '理由', en: 'reason' },
    };
    expect(judge(item, undefined, 2023)).toMatchObject({
      status: 'achieved',
      rule: 'manual',
      reason: { en: 'reason' },
    });
  });
  it('shows a pending value as not assessable', () => {
    expect(
      judge(
        { id: 'forest', value: 'pending' },
        indicatorGoal(forest, { id: 'forest', value: 'pending' }),
        2023,
      ),
    ).toMatchObject({ status: 'not-assessable', rule: 'pending' });
  });
  it('dates a baseline by its asOf', () => {
    expect(baselinePoint(redline)).toEqual({ value: 28.82, year: 2021 });
    expect(baselinePoint(forest)).toEqual({ value: 67.98, year: 2020 });
  });
});
