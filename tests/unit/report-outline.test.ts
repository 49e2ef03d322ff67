/** The report outline, the status words by kind, the 序时进度值 and the named binding indicators (synthetic values). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessNumeric, expectedProgress, type NumericGoal } from '../../src/lib/reports/status.ts';
import { statusLabelClass, summaryClasses } from '../../src/lib/reports/status-labels.ts';
import {
  narrativeScaffold,
  partTitleKey,
  reportParts,
  type ReportKind,
} from '../../src/lib/reports/report-outline.ts';
import {
  bindingConcerns,
  countByClass,
  type JudgedRow,
} from '../../src/lib/reports/report-summary.ts';
import { judge } from '../../src/lib/reports/report-view.ts';
import { scaffoldReport } from '../../src/lib/staff/report-scaffold.ts';

const fixture = (name: string) =>
  parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8')) as unknown;
interface Case {
  name: string;
  kind: ReportKind;
  reportYear: number;
  value: number | 'pending';
  goal: NumericGoal;
  baseline?: { value: number; year: number };
  label: string;
  scheduled?: number;
}
const cases = fixture('status-labels.yml') as Case[];

describe('status words by report kind', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const a = assessNumeric(c);
    expect(statusLabelClass(c.kind, a.status, a.rule)).toBe(c.label);
    const scheduled = expectedProgress(c);
    if (c.scheduled === undefined) expect(scheduled).toBeUndefined();
    else expect(scheduled).toBeCloseTo(c.scheduled, 9);
  });
  it('pins every class of both kinds', () => {
    for (const kind of ['midterm', 'final'] as const) {
      expect(new Set(cases.filter((c) => c.kind === kind).map((c) => c.label)), kind).toEqual(
        new Set(summaryClasses(kind).filter((l) => !(kind === 'final' && l === 'no-baseline'))),
      );
    }
  });
  it('never says "on schedule" in a final report, even for a status set by hand', () => {
    expect(statusLabelClass('final', 'on-track', 'manual')).toBe('not-achieved');
    expect(statusLabelClass('midterm', 'on-track', 'manual')).toBe('on-schedule');
  });
  it('shows the 序时进度值 on a row even while the value is pending, and the target itself in the final report', () => {
    const goal = { comparator: '>=' as const, value: 95, deadline: 2025 };
    expect(
      judge({ id: 'x', value: 'pending' }, goal, 2023, { value: 80, year: 2020 }).scheduled,
    ).toBeCloseTo(89, 9);
    expect(
      judge({ id: 'x', value: 'pending' }, goal, 2025, { value: 80, year: 2020 }).scheduled,
    ).toBe(95);
    expect(
      judge({ id: 'x', value: 90, asOf: '2023-12' }, goal, 2023, { value: 80, year: 2020 }),
    ).toMatchObject({ status: 'on-track', scheduled: 89 });
  });
});

describe('overall progress', () => {
  const rows = fixture('indicators.yml') as JudgedRow[];
  it('names the binding indicators that lag, and those without data, one by one in table order', () => {
    expect(bindingConcerns('midterm', rows)).toEqual({
      lagging: ['甲指标', '戊指标'],
      noData: ['乙指标', '己指标'],
    });
    expect(bindingConcerns('final', rows)).toEqual({
      lagging: ['甲指标', '戊指标', '庚指标'],
      noData: ['乙指标', '己指标'],
    });
  });
  it('counts by the classes of the kind, zero counts kept', () => {
    expect(countByClass('midterm', rows)).toEqual([
      { cls: 'achieved-early', count: 1 },
      { cls: 'on-schedule', count: 1 },
      { cls: 'behind-schedule', count: 2 },
      { cls: 'not-achieved', count: 1 },
      { cls: 'no-data', count: 1 },
      { cls: 'no-baseline', count: 1 },
    ]);
    expect(countByClass('final', rows).map((c) => c.count)).toEqual([1, 4, 1, 1]);
  });
});

describe('outline and narrative parts', () => {
  it('has six parts with permanent ids (seven at mid-term), part 6 named by kind', () => {
    expect(reportParts('midterm').at(-1)!.id).toBe('plan-adjustments');
    expect(reportParts('final').map((p) => p.id)).toEqual([
      'overall-progress',
      'main-indicators',
      'key-tasks',
      'key-projects',
      'main-problems',
      'recommendations',
    ]);
    expect(partTitleKey('midterm', 'recommendations')).toBe('report.part.recommendations.midterm');
    expect(partTitleKey('final', 'recommendations')).toBe('report.part.recommendations.final');
  });
  it('scaffolds zh.md and en.md with the part headings of the kind, as the page names them', () => {
    for (const kind of ['midterm', 'final'] as const) {
      const titles = (lang: string) =>
        reportParts(kind).map((p) => `${lang}:${p.id}`) as unknown as readonly string[];
      const files = scaffoldReport(
        2023,
        kind,
        { indicators: [], targets: [], projects: [] },
        { zh: titles('zh'), en: titles('en') },
      );
      expect(Object.keys(files).sort()).toEqual(['en.md', 'report.yml', 'values.yml', 'zh.md']);
      for (const lang of ['zh', 'en'] as const) {
        expect(files[`${lang}.md`]).toBe(narrativeScaffold(titles(lang)));
        expect(files[`${lang}.md`]!.match(/^# /gm)).toHaveLength(kind === 'midterm' ? 7 : 6);
      }
    }
  });
});

describe('status chart columns', () => {
  it('group every class of a kind exactly once, with the same colour meaning in both kinds', async () => {
    const { chartColumns } = await import('../../src/lib/reports/report-summary.ts');
    for (const kind of ['midterm', 'final'] as const)
      expect(chartColumns(kind).flat().sort()).toEqual([...summaryClasses(kind)].sort());
    // Position 0 is green (achieved), position 2 red (lagging or not achieved); no data is never red.
    for (const kind of ['midterm', 'final'] as const) {
      expect(chartColumns(kind)[0]).toEqual([kind === 'midterm' ? 'achieved-early' : 'achieved']);
      expect(chartColumns(kind)[2]).toContain('not-achieved');
      expect(chartColumns(kind)[2]).not.toContain('no-data');
    }
  });
});
