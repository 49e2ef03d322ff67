/** The points an indicator chart shows: baseline, reported values, and the target line. Pure. */
import type { IndicatorValue } from '../registers/indicators.ts';
import { BASELINE_YEAR, TARGET_YEAR } from '../plan/plan-period.ts';

export interface ChartPoint {
  year: number;
  value: number;
  kind: 'baseline' | 'reported' | 'scheduled' | 'target';
  /** Where the value comes from (report title, or the plan). */
  source: string;
}

export interface ChartSeries {
  points: ChartPoint[];
  /** The target, drawn as a horizontal line when it is a number. */
  target?: number | undefined;
  /** Years on the x axis, from the baseline year to the target year (2025). */
  years: number[];
}

/** Year a value refers to: its asOf year, else the given default. */
const yearOf = (v: IndicatorValue, fallback: number) =>
  v.asOf ? Number(v.asOf.slice(0, 4)) : fallback;

/** Builds a chart's series; undefined when there is no number to draw at all. */
export function chartSeries(
  baseline: IndicatorValue | undefined,
  target: IndicatorValue | undefined,
  reported: { year: number; value: number; source: string }[],
  planSource: string,
  /** The 序时进度 checkpoint of a report (the straight line's value in its year), drawn as a point. */
  scheduled?: { year: number; value: number; source: string },
): ChartSeries | undefined {
  const points: ChartPoint[] = [];
  if (baseline?.value !== undefined)
    points.push({
      year: yearOf(baseline, BASELINE_YEAR),
      value: baseline.value,
      kind: 'baseline',
      source: planSource,
    });
  for (const r of [...reported].sort((a, b) => a.year - b.year))
    points.push({ year: r.year, value: r.value, kind: 'reported', source: r.source });
  if (scheduled) points.push({ ...scheduled, kind: 'scheduled' });
  const targetValue = target?.value;
  if (targetValue !== undefined)
    points.push({ year: TARGET_YEAR, value: targetValue, kind: 'target', source: planSource });
  if (points.length === 0) return undefined;
  const first = Math.min(BASELINE_YEAR, ...points.map((p) => p.year));
  const years = Array.from({ length: TARGET_YEAR - first + 1 }, (_, i) => first + i);
  return { points, target: targetValue, years };
}
