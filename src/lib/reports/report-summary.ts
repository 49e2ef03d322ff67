/**
 * The generated part of "总体进展 / Overall progress": items counted by label class, and the binding
 * (约束性) indicators named one by one when they lag or lack data. Pure.
 */
import type { Status } from './status.ts';
import {
  statusLabelClass,
  summaryClasses,
  type LabelClass,
  type LabelRule,
} from './status-labels.ts';
import { REPORT_KINDS, type ReportKind } from './report-kinds.ts';

export interface JudgedRow {
  id: string;
  name: string;
  status: Status;
  rule: LabelRule;
  binding?: boolean;
}

/** Counts of rows per label class of the report's kind, in the published order (zero counts kept). */
export function countByClass(
  kind: ReportKind,
  rows: JudgedRow[],
): { cls: LabelClass; count: number }[] {
  const classes = rows.map((r) => statusLabelClass(kind, r.status, r.rule));
  return summaryClasses(kind).map((cls) => ({
    cls,
    count: classes.filter((c) => c === cls).length,
  }));
}

/** Binding indicators that lag (behind schedule / not achieved) and those without data or without a baseline, by name, in table order. */
export function bindingConcerns(
  kind: ReportKind,
  rows: JudgedRow[],
): { lagging: string[]; noData: string[] } {
  const binding = rows.filter((r) => r.binding);
  const cls = (r: JudgedRow) => statusLabelClass(kind, r.status, r.rule);
  return {
    lagging: binding
      .filter((r) => ['behind-schedule', 'not-achieved'].includes(cls(r)))
      .map((r) => r.name),
    noData: binding.filter((r) => ['no-data', 'no-baseline'].includes(cls(r))).map((r) => r.name),
  };
}

/** The columns of the status chart: label classes grouped by colour (see REPORT_KINDS). */
export function chartColumns(kind: ReportKind): LabelClass[][] {
  return REPORT_KINDS[kind].chartColumns.map((column) => [...column]);
}
