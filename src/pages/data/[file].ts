/** Open data at stable URLs: /data/{indicators,targets,projects,report-values}.{json,csv} and /data/datapackage.json. */
import type { APIRoute } from 'astro';
import { getCategories, getIndicators, getProjects, getTargets } from '../../data/plan-data.ts';
import {
  dataPackage,
  indicatorDataset,
  projectDataset,
  targetDataset,
  toCsv,
  toJson,
  type Dataset,
} from '../../lib/open-data/open-data.ts';
import { getReports, isPublicReport, reportView } from '../../data/reports.ts';
import { reportValuesDataset, type ReportedRow } from '../../lib/open-data/report-values-data.ts';

/** Every item of every published report (drafts never, whatever the build). */
async function reportedRows(): Promise<ReportedRow[]> {
  const rows: ReportedRow[] = [];
  for (const report of (await getReports()).filter((r) => isPublicReport(r.meta))) {
    const view = await reportView(report);
    const item = (
      kind: 'indicator' | 'target',
      id: string,
      name: { zh: string; en: string },
      unit: string | undefined,
      v: (typeof view.indicators)[number]['view'],
    ): ReportedRow => ({
      report: report.id,
      kind,
      id,
      name,
      value: v.value,
      unit,
      asOf: v.asOf,
      status: v.status,
      overridden: Boolean(v.overridden),
      source: v.source,
      note: v.note,
    });
    for (const { indicator, view: v } of view.indicators)
      rows.push(item('indicator', indicator.id, indicator.name, indicator.unit, v));
    for (const { target, view: v } of view.targets)
      rows.push(item('target', target.id, target.metric, target.unit, v));
    for (const { project, progress, status } of view.projects) {
      rows.push({
        report: report.id,
        kind: 'project',
        id: project.id,
        name: project.name,
        value: undefined,
        unit: undefined,
        asOf: progress?.asOf,
        status,
        overridden: false,
        source: progress?.source,
        note: progress?.note,
      });
    }
  }
  return rows;
}

async function datasets(): Promise<Dataset[]> {
  return [
    indicatorDataset(await getIndicators(), await getCategories()),
    targetDataset(await getTargets()),
    projectDataset(await getProjects()),
    reportValuesDataset(await reportedRows()),
  ];
}

export async function getStaticPaths() {
  const names = (await datasets()).map((d) => d.name);
  return [...names.flatMap((n) => [`${n}.json`, `${n}.csv`]), 'datapackage.json'].map((file) => ({
    params: { file },
  }));
}

export const GET: APIRoute = async ({ params }) => {
  const all = await datasets();
  const file = params.file!;
  if (file === 'datapackage.json') {
    const descriptor = dataPackage(all, {
      title:
        'Qiandongnan Prefecture 14th Five-Year Plan for Ecological and Environmental Protection: indicators, targets and projects',
      description:
        '黔东南州“十四五”生态环境保护规划：指标、量化目标与重点工程。Data taken from the plan as published on 20 September 2022; English by this site.',
      source:
        '黔东南州“十四五”生态环境保护规划 (published 2022-09-20; the issuing body is not stated on its web page)',
      licence: {
        name: 'CC-BY-4.0',
        title:
          'Creative Commons Attribution 4.0 (for this compilation and translation; the plan itself is a public government document)',
      },
    });
    return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const [name, ext] = file.split('.');
  const dataset = all.find((d) => d.name === name)!;
  return ext === 'csv'
    ? new Response(toCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJson(dataset), {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
};
