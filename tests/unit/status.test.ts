import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  assessNumeric,
  countStatuses,
  meets,
  STATUS_ORDER,
  type Assessment,
  type NumericGoal,
} from '../../src/lib/reports/status.ts';

interface Case {
  name: string;
  value: number | 'pending';
  goal: NumericGoal;
  reportYear: number;
  baseline?: { value: number; year: number };
  status: Assessment['status'];
  rule: Assessment['rule'];
  expected?: number;
}
const cases = parse(
  readFileSync(new URL('../fixtures/status/cases.yml', import.meta.url), 'utf8'),
) as Case[];

describe('status rule', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = assessNumeric(c);
    expect([result.status, result.rule]).toEqual([c.status, c.rule]);
    if (c.expected !== undefined) expect(result.expected).toBeCloseTo(c.expected, 6);
  });
  it('covers every status and every branch of the rule', () => {
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(STATUS_ORDER));
    expect(new Set(cases.map((c) => c.rule))).toEqual(
      new Set([
        'pending',
        'met',
        'not-met-at-deadline',
        'ahead-of-trajectory',
        'behind-trajectory',
        'no-baseline',
        'kept-level-missed',
      ]),
    );
  });
  it('reads comparators as the plan words them', () => {
    expect(meets(95, { comparator: '>=', value: 95 })).toBe(true);
    expect(meets(0, { comparator: '<=', value: 0 })).toBe(true);
    expect(meets(71.5, { comparator: 'about', value: 70 })).toBe(false);
    expect(meets(71.4, { comparator: 'about', value: 70 })).toBe(true);
  });
  it('counts statuses in a fixed order', () => {
    expect(countStatuses(['achieved', 'off-track', 'achieved'], STATUS_ORDER)).toEqual([
      { status: 'achieved', count: 2 },
      { status: 'on-track', count: 0 },
      { status: 'off-track', count: 1 },
      { status: 'not-assessable', count: 0 },
    ]);
  });
});
