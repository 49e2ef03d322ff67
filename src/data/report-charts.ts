/**
 * Which indicators a report charts: only those with at least one reported figure (in this report
 * or an earlier one); a chart with a lone baseline dot or a flat target line tells the reader
 * nothing. The others are listed as pending with their baseline and target. The report's 序时进度
 * checkpoint is drawn where it has one. Pure: the report's view and the reports are passed in.
 */
import { chartSeries, type ChartSeries } from '../lib/reports/chart-series.ts';
import type { IndicatorValue } from '../lib/registers/indicators.ts';

interface Reported {
  meta: { year: number };
  values: {
    indicators: { id: string; value?: unknown; source?: { title?: string } | undefined }[];
  };
}

interface Row<I, V> {
  indicator: I;
  view: V;
}

export function reportCharts<
  I extends {
    id: string;
    baseline?: IndicatorValue | undefined;
    target: IndicatorValue;
  },
  V extends {
    goal?: { assigned?: boolean; value: number } | undefined;
    scheduled?: number | undefined;
  },
>(
  rows: Row<I, V>[],
  reports: Reported[],
  year: number,
  planSource: string,
  scheduledSource: string,
): { charted: (Row<I, V> & { series: ChartSeries })[]; pending: Row<I, V>[] } {
  const reportedUpTo = (id: string) =>
    reports
      .filter((r) => r.meta.year <= year)
      .flatMap((r) => {
        const item = r.values.indicators.find((i) => i.id === id);
        return item && typeof item.value === 'number'
          ? [{ year: r.meta.year, value: item.value, source: item.source?.title ?? '' }]
          : [];
      });
  const charted: (Row<I, V> & { series: ChartSeries })[] = [];
  const pending: Row<I, V>[] = [];
  for (const row of rows) {
    const reported = reportedUpTo(row.indicator.id);
    if (reported.length === 0) {
      pending.push(row);
      continue;
    }
    const { indicator, view } = row;
    // Where the plan's target is worded, the target the province assigned (if reported) is the line.
    const target =
      indicator.target.value === undefined && view.goal?.assigned
        ? { value: view.goal.value }
        : indicator.target;
    const scheduled =
      view.scheduled !== undefined
        ? { year, value: view.scheduled, source: scheduledSource }
        : undefined;
    const series = chartSeries(indicator.baseline, target, reported, planSource, scheduled);
    if (series) charted.push({ ...row, series });
  }
  return { charted, pending };
}
