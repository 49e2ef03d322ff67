/**
 * What a report page shows for each indicator, target and project: the reported value, the
 * goal it is judged against, the status and why. Pure: plan data and report values come in.
 */
import { BASELINE_YEAR, TARGET_YEAR } from '../plan/plan-period.ts';
import {
  assessNumeric,
  expectedProgress,
  type Assessment,
  type NumericGoal,
  type ProjectStatus,
  type Status,
} from './status.ts';
import type { IndicatorRow } from '../registers/indicators.ts';

type Words = { zh: string; en: string };
type Value = number | 'pending' | Words;

export interface ReportedItem {
  id: string;
  value: Value;
  asOf?: string | undefined;
  unit?: string | undefined;
  source?: { title: string; url?: string | undefined } | undefined;
  note?: Words | undefined;
  status?: Status | undefined;
  reason?: Words | undefined;
  /** The hand-set status deliberately overrides the rule's. */
  override?: boolean | undefined;
  assignedTarget?:
    | {
        comparator: NumericGoal['comparator'];
        value: number;
        source: { title: string; url?: string | undefined };
      }
    | undefined;
}

export interface ItemView {
  id: string;
  value: Value;
  asOf?: string | undefined;
  source?: ReportedItem['source'];
  note?: Words | undefined;
  status: Status;
  /** How the status was decided: a rule branch, or "manual" with the staff's reason. */
  rule: Assessment['rule'] | 'manual';
  reason?: Words | undefined;
  /** Set when a hand-set status overrides the rule: what the rule computed. */
  overridden?: { computed: Status; computedRule?: Assessment['rule'] } | undefined;
  expected?: number | undefined;
  /** The goal the value was judged against, when numeric (plan target or assigned target). */
  goal?: NumericGoal & { assigned: boolean };
  /** The 序时进度值 for the report year (the goal itself at the deadline), when the plan's numbers give one. */
  scheduled?: number | undefined;
}

const DEADLINE = TARGET_YEAR;

/** The goal a plan target states, when it is a number with a comparator (not wording). */
export function planGoal(
  target:
    { value?: number | undefined; comparator?: NumericGoal['comparator'] | undefined } | undefined,
): NumericGoal | undefined {
  return target?.value !== undefined && target.comparator
    ? { comparator: target.comparator, value: target.value, deadline: DEADLINE }
    : undefined;
}

/** The numeric goal an indicator is judged by: its plan target, else the target the province assigned. */
export function indicatorGoal(
  indicator: IndicatorRow,
  item: ReportedItem,
): (NumericGoal & { assigned: boolean }) | undefined {
  const planned = planGoal(indicator.target);
  if (planned) return { ...planned, assigned: false };
  if (item.assignedTarget)
    return {
      comparator: item.assignedTarget.comparator,
      value: item.assignedTarget.value,
      deadline: DEADLINE,
      assigned: true,
    };
  return undefined;
}

/** Judges one reported item against its goal (or takes the staff's explicit status). */
export function judge(
  item: ReportedItem,
  goal: (NumericGoal & { assigned?: boolean }) | undefined,
  reportYear: number,
  baseline?: { value: number; year: number },
): ItemView {
  const scheduled = goal ? expectedProgress({ goal, reportYear, baseline }) : undefined;
  const base = {
    id: item.id,
    value: item.value,
    asOf: item.asOf,
    source: item.source,
    note: item.note,
    scheduled,
  };
  if (item.status) {
    const computed =
      item.override && typeof item.value === 'number' && goal
        ? assessNumeric({ value: item.value, goal, reportYear, baseline })
        : undefined;
    const overridden = computed
      ? { computed: computed.status, computedRule: computed.rule }
      : undefined;
    return { ...base, status: item.status, rule: 'manual', reason: item.reason, overridden };
  }
  if (item.value === 'pending') return { ...base, status: 'not-assessable', rule: 'pending' };
  if (typeof item.value !== 'number' || !goal) {
    // Validation requires an explicit status here; reaching this line means a bug, not bad data.
    throw new Error(`${item.id}: no numeric goal to judge ${JSON.stringify(item.value)} against`);
  }
  const assessed = assessNumeric({ value: item.value, goal, reportYear, baseline });
  return {
    ...base,
    status: assessed.status,
    rule: assessed.rule,
    expected: assessed.expected,
    goal: { ...goal, assigned: goal.assigned ?? false },
  };
}

/** The indicator's baseline as a point in time, when it is a number. */
export function baselinePoint(indicator: {
  baseline?: { value?: number | undefined; asOf?: string | undefined } | undefined;
}): { value: number; year: number } | undefined {
  const b = indicator.baseline;
  if (b?.value === undefined) return undefined;
  return { value: b.value, year: b.asOf ? Number(b.asOf.slice(0, 4)) : BASELINE_YEAR };
}

/** A project's reported status; an unlisted project counts as pending. */
export function projectStatus(progress: { status: ProjectStatus } | undefined): ProjectStatus {
  return progress?.status ?? 'pending';
}
