/** Evaluation reports from the validated collection, judged against the plan (src/lib/reports/report-view.ts). */
import { getCollection } from 'astro:content';
import { completeLocales, type Locale } from '../i18n/locales.ts';
import type { ReportMeta, ReportValues } from '../schemas/report.ts';
import {
  baselinePoint,
  indicatorGoal,
  judge,
  projectStatus,
  type ItemView,
} from '../lib/reports/report-view.ts';
import { isDraftPreview, showsInFull, withheldValues } from '../lib/reports/report-visibility.ts';
import { getIndicators, getProjects, getTargets } from './plan-data.ts';
import { withBase } from '../lib/core/paths.ts';
import { formatNumber } from '../lib/registers/indicators.ts';
import { statusLabelKey } from '../lib/reports/status-labels.ts';

/** A report as the pages use it: the validated collection entry (src/schemas/report.ts reportSchema) with its id. */
export type Report = {
  id: string;
  meta: ReportMeta;
  values: ReportValues;
  /** The bureau's Markdown text in each language (empty for a draft this build does not show). */
  /** The bureau's text per language (a language being translated may have none: src/i18n/fallback.ts). */
  texts: Partial<Record<Locale, string>>;
};

export { isPublicReport } from '../lib/reports/report-visibility.ts';

/** Whether this build shows drafts in full: only when asked for with PREVIEW_DRAFTS=1 (npm run dev and npm run preview:drafts set it). */
export const draftPreview = () => isDraftPreview({ PREVIEW_DRAFTS: process.env['PREVIEW_DRAFTS'] });

/** Whether a report's figures and text are shown in this build. */
export const shownInFull = (report: Pick<Report, 'meta'>) =>
  showsInFull(report.meta, draftPreview());

/** All reports, oldest first; a draft that this build does not show carries no figures at all. */
export async function getReports(): Promise<Report[]> {
  return (await getCollection('reports'))
    .map((e) => {
      const { meta, values, texts } = e.data;
      const shown = showsInFull(meta, draftPreview());
      return {
        id: e.id,
        meta,
        values: shown ? values : withheldValues(values),
        texts: shown ? texts : Object.fromEntries(completeLocales.map((l) => [l, ''])),
      };
    })
    .sort((a, b) => a.meta.year - b.meta.year);
}

/** URL of a report page. */
export const reportPath = (lang: Locale, id: string) =>
  withBase(import.meta.env.BASE_URL, `${lang}/reports/${id}/`);

const views = new Map<string, ReturnType<typeof computeReportView>>();

/** Every item of a report judged, with the same item of the previous report for comparison (computed once per build). */
export function reportView(report: Report) {
  if (!views.has(report.id)) views.set(report.id, computeReportView(report));
  return views.get(report.id)!;
}

async function computeReportView(report: Report) {
  const reports = await getReports();
  const previous = reports.filter((r) => r.meta.year < report.meta.year && shownInFull(r)).at(-1);
  const indicators = await getIndicators();
  const judgeIndicators = (r: Report) =>
    new Map(
      r.values.indicators.map((item) => {
        const indicator = indicators.find((i) => i.id === item.id)!;
        return [
          item.id,
          judge(item, indicatorGoal(indicator, item), r.meta.year, baselinePoint(indicator)),
        ] as const;
      }),
    );
  const targets = await getTargets();
  const judgeTargets = (r: Report) =>
    new Map(
      r.values.targets.map((item) => {
        const target = targets.find((t) => t.id === item.id)!;
        return [
          item.id,
          judge(
            item,
            { comparator: target.comparator, value: target.value, deadline: target.deadline },
            r.meta.year,
          ),
        ] as const;
      }),
    );
  const projects = await getProjects();
  const now = { indicators: judgeIndicators(report), targets: judgeTargets(report) };
  const before = previous
    ? { indicators: judgeIndicators(previous), targets: judgeTargets(previous) }
    : undefined;
  return {
    previous,
    indicators: indicators.map((indicator) => ({
      indicator,
      view: now.indicators.get(indicator.id)!,
      previous: before?.indicators.get(indicator.id),
    })),
    targets: targets.map((target) => ({
      target,
      view: now.targets.get(target.id)!,
      previous: before?.targets.get(target.id),
    })),
    projects: projects.map((project) => {
      const progress = report.values.projects.find((p) => p.id === project.id);
      const earlier = previous?.values.projects.find((p) => p.id === project.id);
      return {
        project,
        progress,
        status: projectStatus(progress),
        previous: previous ? projectStatus(earlier) : undefined,
      };
    }),
  };
}

/** A reported value as text: the number with its unit, the words, or 待填报 / pending. */
export function displayValue(
  view: Pick<ItemView, 'value'>,
  lang: Locale,
  pending: string,
  unit = '',
): string {
  if (view.value === 'pending') return pending;
  if (typeof view.value === 'number')
    return `${formatNumber(view.value, lang)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
  return view.value[lang];
}

export interface ReportedValue {
  year: number;
  value?: number | undefined;
  display: string;
  statusLabel: string;
  source: string;
  reportTitle: string;
  href: string;
}

/** Every report's value for an indicator, oldest first (for the indicator's own page); `labels.status` gets the key of the report's status words. */
export async function getReportedValues(
  indicatorId: string,
  lang: Locale,
  labels: { pending: string; status: (key: string) => string },
): Promise<ReportedValue[]> {
  const out: ReportedValue[] = [];
  for (const report of (await getReports()).filter(shownInFull)) {
    const view = (await reportView(report)).indicators.find(
      (i) => i.indicator.id === indicatorId,
    )!.view;
    out.push({
      year: report.meta.year,
      value: typeof view.value === 'number' ? view.value : undefined,
      display: displayValue(view, lang, labels.pending),
      statusLabel: labels.status(statusLabelKey(report.meta.kind, view.status, view.rule)),
      source: view.source?.title ?? '—',
      reportTitle: report.meta.title[lang],
      href: reportPath(lang, report.id),
    });
  }
  return out;
}
