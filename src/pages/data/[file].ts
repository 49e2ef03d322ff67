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
import { openFields } from '../../lib/staff/report-fields.ts';

/** Every item of every published report (drafts never, whatever the build), as values.yml has it, with the status its page shows. */
async function reportedRows(): Promise<ReportedRow[]> {
  const rows: ReportedRow[] = [];
  for (const report of (await getReports()).filter((r) => isPublicReport(r.meta))) {
    const view = await reportView(report);
    const { values } = report;
    const row = (
      kind: ReportedRow['kind'],
      { id, name, unit }: { id: string; name: ReportedRow['name']; unit?: string | undefined },
      item: ReportedRow['item'],
      status: string,
      overridden = false,
    ): ReportedRow => ({ report: report.id, kind, id, name, unit, item, status, overridden });
    for (const { indicator, view: v } of view.indicators)
      rows.push(
        row(
          'indicator',
          indicator,
          values.indicators.find((i) => i.id === indicator.id),
          v.status,
          Boolean(v.overridden),
        ),
      );
    for (const { target, view: v } of view.targets)
      rows.push(
        row(
          'target',
          { ...target, name: target.metric },
          values.targets.find((i) => i.id === target.id),
          v.status,
          Boolean(v.overridden),
        ),
      );
    for (const { project, progress, status } of view.projects)
      rows.push(row('project', { ...project, unit: undefined }, progress, status));
  }
  return rows;
}

async function datasets(): Promise<Dataset[]> {
  return [
    indicatorDataset(await getIndicators(), await getCategories()),
    targetDataset(await getTargets()),
    projectDataset(await getProjects()),
    reportValuesDataset(await reportedRows(), openFields()),
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
