import { describe, expect, it } from 'vitest';
import {
  formatReport,
  judgedValue,
  median,
  withinBudget,
  type Figure,
} from '../../scripts/lib/budget.ts';

const perf = (runs: number[]): Figure => ({
  figure: 'Lighthouse /zh/reports/2025-final/ performance',
  runs,
  unit: 'points',
  budget: 98,
  atMost: false,
  kind: 'load-dependent',
  diagnosis: ['largest script: chart.js 161 KB'],
});

describe('budget', () => {
  it('takes the median, odd and even counts', () => {
    expect(median([92, 99, 100])).toBe(99);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
  it('judges a load-dependent figure on its median, so one slow run does not fail it', () => {
    expect(withinBudget(perf([88, 99, 100]))).toBe(true);
    expect(withinBudget(perf([88, 92, 100]))).toBe(false);
  });
  it('judges a stable figure on its one measurement', () => {
    const bytes: Figure = {
      figure: 'report page',
      runs: [101],
      unit: 'KB',
      budget: 100,
      atMost: true,
      kind: 'stable',
    };
    expect(withinBudget(bytes)).toBe(false);
    expect(withinBudget({ ...bytes, runs: [100] })).toBe(true);
  });
  it('refuses a load-dependent figure with fewer than three runs, and a stable one with several', () => {
    expect(() => judgedValue(perf([99, 99]))).toThrow(/at least 3 runs/);
    expect(() =>
      judgedValue({
        figure: 'x',
        runs: [1, 2],
        unit: 'KB',
        budget: 5,
        atMost: true,
        kind: 'stable',
      }),
    ).toThrow(/measured once/);
  });
  it('prints the spread, and the diagnosis of a figure over budget', () => {
    const { text, over } = formatReport([
      perf([88, 92, 100]),
      {
        figure: 'build',
        runs: [6.1, 7.2, 6.5],
        unit: 's',
        budget: 10,
        atMost: true,
        kind: 'load-dependent',
      },
    ]);
    expect(over).toBe(1);
    expect(text).toContain('median of 3: 88 / 92 / 100');
    expect(text).toContain('over budget: Lighthouse /zh/reports/2025-final/ performance');
    expect(text).toContain('largest script: chart.js 161 KB');
    expect(text).toMatch(/bench: 1 within budget, 1 over budget$/);
  });
});
