/** The plan's indicators, targets and projects as the report spreadsheet and values.yml describe them (read from content/). */
import { join } from 'node:path';
import { parse } from 'yaml';
import { readText } from '../lib/core/text-file.ts';
import { DataError } from '../lib/core/records.ts';
import { formatValue } from '../lib/registers/indicators.ts';
import type { IndicatorRecord, ProjectRecord, TargetRecord } from '../schemas/plan-data.ts';
import { planIndex } from './plan-index.ts';
import { formatTarget } from '../lib/registers/targets.ts';
import type { PlanItems } from '../lib/staff/sheet-layout.ts';

/** The registers under `root` from the plan index (already validated by npm run check). */
export function readPlanItems(root = '.'): PlanItems {
  const yaml = <T>(path: string) => parse(readText(join(root, path), path)) as T;
  const strings = yaml<Record<string, string>>('content/i18n/zh-CN.yml');
  const unitLabel = (u: string) => strings[`unit.${u}`] ?? u;
  const { registers } = planIndex(root);
  if (registers.problems.length > 0) throw new DataError(registers.problems);
  const indicators = registers.indicators as IndicatorRecord[];
  const targets = registers.targets as TargetRecord[];
  const projects = registers.projects as ProjectRecord[];
  return {
    indicators: indicators.map((i) => {
      const t = i.target ?? {};
      return {
        id: i.id,
        number: i.number,
        name: i.name,
        unit: i.unit,
        unitName: i.unit ? unitLabel(i.unit) : undefined,
        type: i.type,
        paragraphs: i.paragraphs,
        baseline: formatValue(i.baseline, 'zh'),
        worded: t.text !== undefined,
        target:
          t.value !== undefined && t.comparator
            ? formatTarget(
                { comparator: t.comparator, value: t.value, unit: i.unit ?? '' },
                'zh',
                i.unit ? unitLabel(i.unit) : '',
              ).trim()
            : formatValue(i.target, 'zh'),
      };
    }),
    targets: targets.map((t) => ({
      id: t.id,
      metric: t.metric,
      unit: t.unit,
      unitName: unitLabel(t.unit),
      target: formatTarget(t, 'zh', unitLabel(t.unit)),
      deadline: t.deadline,
      sentence: t.sentence,
      paragraph: t.paragraph,
      indicator: t.indicator ?? null,
      sameAs: t.sameAs ?? null,
    })),
    projects: projects.map((p) => ({ id: p.id, name: p.name, box: p.box, paragraph: p.paragraph })),
  };
}
