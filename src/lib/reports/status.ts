/**
 * Status of a commitment in an evaluation report, computed by one published rule
 * (see the method page, content/pages/<lang>/method.mdx). Pure: no dates from the clock, no data access.
 */

/** The statuses a reported indicator or target can have (src/schemas/report.ts validates against these). */
export const STATUSES = ['achieved', 'on-track', 'off-track', 'not-assessable'] as const;
export type Status = (typeof STATUSES)[number];
/** A project's progress. */
export const PROJECT_STATUSES = ['pending', 'not-started', 'in-progress', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** The comparators of the schemas (>=, <=, =, about). */
export type { Comparator } from '../../schemas/plan-data.ts';
import type { Comparator } from '../../schemas/plan-data.ts';

export interface NumericGoal {
  comparator: Comparator;
  value: number;
  /** Year by which the goal is to be met (TARGET_YEAR, 2025, unless the plan says otherwise). */
  deadline: number;
}

export interface Assessment {
  status: Status;
  /** Which branch of the rule decided it: for the explanation shown next to the status. */
  rule:
    | 'pending'
    | 'met'
    | 'not-met-at-deadline'
    | 'ahead-of-trajectory'
    | 'behind-trajectory'
    | 'no-baseline'
    | 'kept-level-missed';
  /** The value the straight line from baseline to target expects in the report year. */
  expected?: number;
}

/** "about X" is met within this share of X. */
export const ABOUT_TOLERANCE = 0.02;

/** Whether a value meets a goal. */
export function meets(value: number, goal: Pick<NumericGoal, 'comparator' | 'value'>): boolean {
  switch (goal.comparator) {
    case '>=':
      return value >= goal.value;
    case '<=':
      return value <= goal.value;
    case '=':
      return value === goal.value;
    case 'about':
      return Math.abs(value - goal.value) <= Math.abs(goal.value) * ABOUT_TOLERANCE + 1e-9; // decimal figures in binary
  }
}

/**
 * The rule: pending → not assessable; goal met → achieved; at or after the deadline and not
 * met → off track; a level to keep (=) that is not kept → off track; otherwise compare with the
 * straight line from the baseline (in its year) to the goal (at the deadline): at or beyond it →
 * on track, short of it → off track; without a numeric baseline there is no line → not assessable.
 */
export function assessNumeric(input: {
  value: number | 'pending';
  goal: NumericGoal;
  reportYear: number;
  baseline?: { value: number; year: number } | undefined;
}): Assessment {
  const { value, goal, reportYear, baseline } = input;
  if (value === 'pending') return { status: 'not-assessable', rule: 'pending' };
  if (meets(value, goal)) return { status: 'achieved', rule: 'met' };
  if (reportYear >= goal.deadline) return { status: 'off-track', rule: 'not-met-at-deadline' };
  if (goal.comparator === '=') return { status: 'off-track', rule: 'kept-level-missed' };
  const expected = expectedProgress({ goal, reportYear, baseline });
  if (expected === undefined || !baseline) return { status: 'not-assessable', rule: 'no-baseline' };
  const rising =
    goal.comparator === '>=' || (goal.comparator === 'about' && goal.value >= baseline.value);
  const onTrack = rising ? value >= expected : value <= expected;
  return {
    status: onTrack ? 'on-track' : 'off-track',
    rule: onTrack ? 'ahead-of-trajectory' : 'behind-trajectory',
    expected,
  };
}

/**
 * The 序时进度值 (expected-progress value): what the straight line from the baseline (in its year)
 * to the goal (at its deadline) expects in the report year. At or after the deadline, and for a
 * level to keep (=), it is the goal itself; without a numeric baseline before the deadline there is none.
 */
export function expectedProgress(input: {
  goal: NumericGoal;
  reportYear: number;
  baseline?: { value: number; year: number } | undefined;
}): number | undefined {
  const { goal, reportYear, baseline } = input;
  if (reportYear >= goal.deadline || goal.comparator === '=') return goal.value;
  if (!baseline || baseline.year >= goal.deadline) return undefined;
  const share = (reportYear - baseline.year) / (goal.deadline - baseline.year);
  return baseline.value + (goal.value - baseline.value) * Math.min(Math.max(share, 0), 1);
}

/** Counts per status, in a fixed order, for the report summary. */
export function countStatuses<S extends string>(
  statuses: S[],
  order: readonly S[],
): { status: S; count: number }[] {
  return order.map((status) => ({ status, count: statuses.filter((s) => s === status).length }));
}

export const STATUS_ORDER = [
  'achieved',
  'on-track',
  'off-track',
  'not-assessable',
] as const satisfies readonly Status[];
export const PROJECT_STATUS_ORDER = [
  'completed',
  'in-progress',
  'not-started',
  'pending',
] as const satisfies readonly ProjectStatus[];
