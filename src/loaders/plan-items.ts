/** The plan's indicators, targets and projects as the report spreadsheet and values.yml describe them (read from content/). */
import { join } from 'node:path';
import { parse } from 'yaml';
import { readText } from '../lib/text-file.ts';
import { formatValue } from '../lib/indicators.ts';
import type { IndicatorRecord, ProjectRecord, TargetRecord } from '../schemas/plan-data.ts';
import { formatTarget } from '../lib/targets.ts';
import type { PlanItems } from '../lib/report-sheet.ts';

/** Reads the registers under `root` (already validated by npm run check). */
export function readPlanItems(root = '.'): PlanItems {
  const yaml = <T>(path: string) => parse(readText(join(root, path), path)) as T;
  const strings = yaml<Record<string, string>>('content/i18n/zh-CN.yml');
  const unitLabel = (u: string) => strings[`unit.${u}`] ?? u;
  const indicators = yaml<IndicatorRecord[]>('content/indicators/indicators.yml');
  const targets = yaml<TargetRecord[]>('content/targets/targets.yml');
  const projects = yaml<ProjectRecord[]>('content/projects/projects.yml');
  return {
    indicators: indicators.map((i) => {
      const t = i.target ?? {};
      return {
        id: i.id, number: i.number, name: i.name, unit: i.unit, type: i.type, paragraphs: i.paragraphs,
        baseline: formatValue(i.baseline, 'zh'), worded: t.text !== undefined,
        target: t.value !== undefined && t.comparator ? formatTarget({ comparator: t.comparator, value: t.value, unit: i.unit ?? '' }, 'zh', i.unit ? unitLabel(i.unit) : '').trim() : formatValue(i.target, 'zh'),
      };
    }),
    targets: targets.map((t) => ({
      id: t.id, metric: t.metric, unit: t.unit, target: formatTarget(t, 'zh', unitLabel(t.unit)), deadline: t.deadline,
      sentence: t.sentence, paragraph: t.paragraph, indicator: t.indicator ?? null, sameAs: t.sameAs ?? null,
    })),
    projects: projects.map((p) => ({ id: p.id, name: p.name, box: p.box, paragraph: p.paragraph })),
  };
}
