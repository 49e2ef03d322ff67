/**
 * The words a report uses for the classes of the status rule (src/lib/reports/status.ts), by the report's
 * kind (src/lib/reports/report-kinds.ts): the rule is the same for every kind; only its labels differ. Pure.
 */
import type { Status } from './status.ts';
import { REPORT_KINDS, type LabelClass, type LabelRule, type ReportKind } from './report-kinds.ts';

export type { LabelClass, LabelRule } from './report-kinds.ts';

/** The label class of a status in a report of `kind`; the rule branch separates "no data" from "no baseline". */
export function statusLabelClass(kind: ReportKind, status: Status, rule: LabelRule): LabelClass {
  if (status === 'not-assessable') return rule === 'no-baseline' ? 'no-baseline' : 'no-data';
  return REPORT_KINDS[kind].label(status, rule);
}

/** The UI-string key of that label. */
export function statusLabelKey(kind: ReportKind, status: Status, rule: LabelRule): string {
  return `label.${statusLabelClass(kind, status, rule)}`;
}

/** The classes counted in a report's summary, in order (what the reader sees as columns). */
export function summaryClasses(kind: ReportKind): readonly LabelClass[] {
  return REPORT_KINDS[kind].labelClasses;
}
