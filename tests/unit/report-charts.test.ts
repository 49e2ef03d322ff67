/** A report charts only indicators with a reported figure, with its 序时进度 checkpoint; the rest are listed as pending. Synthetic rows. */
import { describe, expect, it } from 'vitest';
import { reportCharts } from '../../src/data/report-charts.ts';

const indicator = (id: string, baseline?: number, target?: number) => ({
  id,
  baseline: baseline === undefined ? undefined : { value: baseline },
  target: target === undefined ? { text: { zh: '达到要求', en: 'Meets' } } : { value: target },
});
const report = (year: number, values: { id: string; value: unknown }[]) => ({
  meta: { year },
  values: { indicators: values.map((v) => ({ ...v, source: { title: `Fixture ${year}` } })) },
});

describe('reportCharts', () => {
  const rows: { indicator: ReturnType<typeof indicator>; view: { scheduled?: number } }[] = [
    { indicator: indicator('reported-now', 80, 95), view: { scheduled: 89 } },
    { indicator: indicator('reported-before', 60, 70), view: { scheduled: 66 } },
    { indicator: indicator('only-baseline', 67.98, 70), view: { scheduled: 69.19 } },
    { indicator: indicator('worded', undefined, undefined), view: {} },
    { indicator: indicator('text-value', 1, 2), view: {} },
  ];
  const reports = [
    report(2023, [
      { id: 'reported-now', value: 90 },
      { id: 'text-value', value: { zh: '良好', en: 'good' } },
    ]),
    report(2022, [{ id: 'reported-before', value: 64 }]),
    report(2025, [{ id: 'only-baseline', value: 70.5 }]), // a later report: not in a 2023 chart
  ];
  const { charted, pending } = reportCharts(rows, reports, 2023, 'Plan', '序时进度值');
  it('charts an indicator only when this or an earlier report gives it a number', () => {
    expect(charted.map((c) => c.indicator.id)).toEqual(['reported-now', 'reported-before']);
    expect(pending.map((p) => p.indicator.id)).toEqual(['only-baseline', 'worded', 'text-value']);
  });
  it('draws the report year’s scheduled progress as a point of its own', () => {
    const series = charted[0]!.series;
    expect(series.points).toContainEqual({
      year: 2023,
      value: 89,
      kind: 'scheduled',
      source: '序时进度值',
    });
    expect(series.points.filter((p) => p.kind === 'reported')).toEqual([
      { year: 2023, value: 90, kind: 'reported', source: 'Fixture 2023' },
    ]);
    expect(series.target).toBe(95);
  });
});
