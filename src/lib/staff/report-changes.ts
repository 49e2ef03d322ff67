/**
 * What an import changed, item by item, in words staff know: "森林覆盖率(%)：待填报 → 69.1%".
 * Pure: the plan's items and the values before and after are passed in.
 */
import type { PlanItems, Values } from './sheet-layout.ts';
import { PROGRESS } from './sheet-words.ts';

type Figure = Values['indicators'][number]['value'];

/** A reported figure as staff read it: the number with its unit, the Chinese words, or 待填报. */
export function figureText(value: Figure | undefined, unit: string | undefined): string {
  if (value === undefined || value === 'pending') return '待填报';
  if (typeof value === 'number')
    return unit === '%' ? `${value}%` : `${value}${unit ? ` ${unit}` : ''}`;
  return value.zh;
}

const unitOf = (item: { unit?: string | undefined; unitName?: string | undefined } | undefined) =>
  item?.unitName ?? item?.unit;

const progressText = (status: string | undefined) =>
  Object.keys(PROGRESS).find((k) => PROGRESS[k] === (status ?? 'pending')) ?? '待填报';

/** One line per item whose figure, progress or other fields changed. */
export function changedItems(plan: PlanItems, before: Values, after: Values): string[] {
  const lines: string[] = [];
  const compare = <T extends { id: string }>(
    list: { id: string; name: string }[],
    was: T[],
    now: T[],
    show: (item: T | undefined) => string,
  ) => {
    for (const { id, name } of list) {
      const [a, b] = [was.find((x) => x.id === id), now.find((x) => x.id === id)];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const [from, to] = [show(a), show(b)];
      lines.push(
        from === to ? `${name}：${to}（数据时间、来源或说明有变化）` : `${name}：${from} → ${to}`,
      );
    }
  };
  compare(
    plan.indicators.map((i) => ({ id: i.id, name: i.name.zh })),
    before.indicators,
    after.indicators,
    (v) => figureText(v?.value, unitOf(plan.indicators.find((i) => i.id === v?.id))),
  );
  compare(
    plan.targets.map((t) => ({ id: t.id, name: t.metric.zh })),
    before.targets,
    after.targets,
    (v) => figureText(v?.value, unitOf(plan.targets.find((t) => t.id === v?.id))),
  );
  compare(
    plan.projects.map((p) => ({ id: p.id, name: p.name.zh })),
    before.projects,
    after.projects,
    (v) => progressText(v?.status),
  );
  return lines;
}
