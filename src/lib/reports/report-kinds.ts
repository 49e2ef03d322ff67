/**
 * Every kind of evaluation report, declared once: what it is called, its outline, the words its
 * statuses are given and how its status chart groups them. `Record<ReportKind, …>` makes the
 * compiler demand that a new kind (an annual review, say) be complete. Pure.
 */
import type { Assessment, Status } from './status.ts';

export type ReportKind = 'midterm' | 'final';

/** Every part a report can have; the id is the permanent anchor of the part's section. */
export type PartId =
  | 'overall-progress'
  | 'main-indicators'
  | 'key-tasks'
  | 'key-projects'
  | 'main-problems'
  | 'recommendations'
  | 'plan-adjustments';

/**
 * The classes a report puts its statuses in (the key of the UI string is `label.<class>`), as
 * Chinese plan evaluations word them: 已完成(提前实现) / 达到序时进度 / 滞后于序时进度 at mid-term,
 * 已完成 / 未完成 in the final report; 暂无数据 / 无法评估进度 in both.
 */
export type LabelClass =
  | 'achieved-early'
  | 'on-schedule'
  | 'behind-schedule'
  | 'achieved'
  | 'not-achieved'
  | 'no-data'
  | 'no-baseline';

export type LabelRule = Assessment['rule'] | 'manual';

interface KindSpec {
  /** What the report is called (the scaffolded title reads 黔东南州…规划中期评估（2023年）). */
  name: { zh: string; en: string };
  /** The parts, in order: the page, the text files and a Word file follow this outline. */
  parts: readonly PartId[];
  /** The classes the report counts, in the order of its summary's columns. */
  labelClasses: readonly LabelClass[];
  /**
   * The columns of the status chart: classes grouped so that each column's colour means the same
   * in every report (coloured by position: green, blue, red, grey).
   */
  chartColumns: readonly (readonly LabelClass[])[];
  /** The class of a status (the rule separates "no data" from "no baseline", a missed deadline from lagging). */
  label: (status: Exclude<Status, 'not-assessable'>, rule: LabelRule) => LabelClass;
}

const SIX_PARTS = [
  'overall-progress',
  'main-indicators',
  'key-tasks',
  'key-projects',
  'main-problems',
  'recommendations',
] as const satisfies readonly PartId[];

export const REPORT_KINDS: Record<ReportKind, KindSpec> = {
  midterm: {
    name: { zh: '中期评估', en: 'Mid-term evaluation' },
    // A mid-term evaluation ends with the adjustments it proposes to the plan (规划调整建议).
    parts: [...SIX_PARTS, 'plan-adjustments'],
    labelClasses: [
      'achieved-early',
      'on-schedule',
      'behind-schedule',
      'not-achieved',
      'no-data',
      'no-baseline',
    ],
    chartColumns: [
      ['achieved-early'],
      ['on-schedule'],
      ['behind-schedule', 'not-achieved'],
      ['no-data', 'no-baseline'],
    ],
    label: (status, rule) =>
      status === 'achieved'
        ? 'achieved-early'
        : status === 'on-track'
          ? 'on-schedule'
          : rule === 'not-met-at-deadline'
            ? 'not-achieved'
            : 'behind-schedule',
  },
  final: {
    name: { zh: '总结评估', en: 'Final evaluation' },
    parts: SIX_PARTS,
    labelClasses: ['achieved', 'not-achieved', 'no-data', 'no-baseline'],
    // No "on schedule" at the end: missing data takes the neutral blue, "not achieved" the red.
    chartColumns: [['achieved'], ['no-data', 'no-baseline'], ['not-achieved']],
    label: (status) => (status === 'achieved' ? 'achieved' : 'not-achieved'),
  },
};

/** The kinds, in the order reports are made. */
export const REPORT_KIND_IDS = Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]];
