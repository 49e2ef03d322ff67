/**
 * The words a report uses for the classes of the status rule (src/lib/status.ts), as Chinese plan
 * evaluations word them: 已完成(提前实现) / 达到序时进度 / 滞后于序时进度 / 暂无数据 at mid-term,
 * 已完成 / 未完成 / 暂无数据 in the final report. The rule is unchanged; only its labels differ. Pure.
 */
import type { Assessment, Status } from './status.ts';
import type { ReportKind } from './report-outline.ts';

export type LabelRule = Assessment['rule'] | 'manual';

/** The label classes a report shows (the key of the UI string is `label.<class>`). */
export const LABEL_CLASSES = {
  midterm: [
    'achieved-early',
    'on-schedule',
    'behind-schedule',
    'not-achieved',
    'no-data',
    'no-baseline',
  ],
  final: ['achieved', 'not-achieved', 'no-data', 'no-baseline'],
} as const;

export type LabelClass = (typeof LABEL_CLASSES)[ReportKind][number];

/** The label class of a status in a report of `kind`; the rule branch separates "no data" from "no baseline" and a missed deadline from lagging. */
export function statusLabelClass(kind: ReportKind, status: Status, rule: LabelRule): LabelClass {
  if (status === 'not-assessable') return rule === 'no-baseline' ? 'no-baseline' : 'no-data';
  if (kind === 'final') return status === 'achieved' ? 'achieved' : 'not-achieved';
  if (status === 'achieved') return 'achieved-early';
  if (status === 'on-track') return 'on-schedule';
  return rule === 'not-met-at-deadline' ? 'not-achieved' : 'behind-schedule';
}

/** The UI-string key of that label. */
export function statusLabelKey(kind: ReportKind, status: Status, rule: LabelRule): string {
  return `label.${statusLabelClass(kind, status, rule)}`;
}

/** The classes counted in a report's summary, in order (what the reader sees as columns). */
export function summaryClasses(kind: ReportKind): readonly LabelClass[] {
  return LABEL_CLASSES[kind];
}
