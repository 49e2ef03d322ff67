/** Writes a report's values.yml: every item in plan order, each with a comment giving its Chinese name, unit and plan target. Pure. */
import { stringify } from 'yaml';
import { restates, type PlanItems, type Values } from './sheet-layout.ts';

const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
const item = (comment: string, record: object) =>
  `  # ${comment}\n${indent(stringify([record], { lineWidth: 0 }))}`;

/** The text of values.yml for `values` (targets that restate an indicator are left out: they take its figure). */
export function valuesYaml(plan: PlanItems, values: Values): string {
  const find = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id);
  const unit = (u: string | undefined) => (u ? `单位 ${u}` : '无单位');
  const lines = [
    '# Every indicator, target and project of this report: a value with asOf and source, or pending.',
    '# 每项一条:填报值(value)、数据时间(asOf)、来源(source),或 pending(待填报)。详见 docs/staff-guide.md。',
    '# Written by npm run report:new and report:import (you may also edit it by hand; npm run check validates it).',
    '# 与指标相同的量化目标(如森林覆盖率)和专栏中重复的目标不在此列出:其数值取自该项,只填一次。',
    'indicators:',
    ...plan.indicators.map((i) =>
      item(
        `${i.number}. ${i.name.zh} · ${unit(i.unit)} · 目标 ${i.target}`,
        find(values.indicators, i.id) ?? { id: i.id, value: 'pending' },
      ),
    ),
    'targets:',
    ...plan.targets
      .filter((t) => restates(t) === undefined)
      .map((t) =>
        item(
          `${t.metric.zh} · ${unit(t.unit)} · 目标 ${t.target}(${t.deadline}年)`,
          find(values.targets, t.id) ?? { id: t.id, value: 'pending' },
        ),
      ),
    'projects:',
    ...plan.projects.map((p) =>
      item(
        `${p.name.zh} · ${p.box}`,
        find(values.projects, p.id) ?? { id: p.id, status: 'pending' },
      ),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
