/** Evaluation reports: validation messages for each class of mistake, the scaffold, the staff command, the feed. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { DataError, issueZh } from '../../src/lib/core/records.ts';
import { planIndex } from '../../src/loaders/plan-index.ts';
import {
  indicatorValueSchema,
  projectProgressSchema,
  targetValueSchema,
  validateReport,
} from '../../src/schemas/report.ts';
import { scaffoldReport } from '../../src/lib/staff/report-scaffold.ts';
import { readPlanItems } from '../../src/loaders/plan-items.ts';
import { restates } from '../../src/lib/staff/sheet-layout.ts';
import { feedItems, type FeedReport } from '../../src/lib/reports/report-feed.ts';
import { judge, indicatorGoal, baselinePoint } from '../../src/lib/reports/report-view.ts';
import { INDICATORS } from '../counts.ts';

const root = new URL('../../', import.meta.url).pathname;
const refs = planIndex(root).reportRefs;
const fixture = (name: string) =>
  parse(readFileSync(new URL(`../fixtures/reports/2025-final/${name}`, import.meta.url), 'utf8'));
const folder = 'content/reports/2025-final';
const all = {
  indicators: [...refs.indicators],
  targets: [...refs.targets],
  projects: [...refs.projects],
};
/** A complete values file: the fixture's items, everything else pending. */
const complete = (partial: Record<string, { id: string }[]>) =>
  Object.fromEntries(
    (['indicators', 'targets', 'projects'] as const).map((k) => {
      const given = partial[k] ?? [];
      const rest = all[k]
        .filter((id) => !given.some((g) => g.id === id))
        .map((id) => (k === 'projects' ? { id, status: 'pending' } : { id, value: 'pending' }));
      return [k, [...given, ...rest]];
    }),
  );
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected a DataError');
};

describe('report validation', () => {
  it('accepts a complete report with values, sources, an assigned target and a reasoned status', () => {
    const { values } = validateReport(
      folder,
      fixture('report.yml'),
      complete(fixture('values-good.yml')),
      refs,
    );
    expect(values.indicators).toHaveLength(INDICATORS);
  });

  const problems = problemsOf(() =>
    validateReport(folder, fixture('report.yml'), complete(fixture('values-bad.yml')), refs),
  );
  const file = `${folder}/values.yml`;
  it.each([
    [
      'an unknown indicator id',
      `${file}: indicator "forest-cover", field "id": 编号不在规划中 / unknown indicator id "forest-cover"`,
    ],
    [
      'a value of the wrong type',
      `${file}: indicator "forest-coverage", field "value": value must be a number, "pending", or wording in zh and en`,
    ],
    [
      'a value in the wrong unit',
      `${file}: indicator "good-air-days", field "unit": 单位须与规划一致(%) / unit must be "%", as in the plan`,
    ],
    [
      'a reported value without a source',
      `${file}: indicator "surface-water-grade-iii", field "source": 已填报数值,需填写来源名称 / a reported value needs its source (title, and url where public)`,
    ],
    [
      'a status without a reason',
      `${file}: indicator "ecological-quality-index", field "reason": 人工判定状态需写明判定理由(中英文) / a status set by hand needs a written reason (zh and en)`,
    ],
    [
      'a number for a worded target without the assigned target',
      `${file}: indicator "soil-water-conservation-rate", field "assignedTarget": 规划目标为文字表述(达到国家及贵州省下达目标要求):请填写下达目标(比较符、目标值、来源),或给出人工判定状态和理由 / the plan's target is "达到国家及贵州省下达目标要求": record the target the province assigned (assignedTarget), or give status with a reason`,
    ],
    [
      'a target value in the wrong unit',
      `${file}: target "county-sewage-treatment-rate", field "unit": 单位须与规划一致(%) / unit must be "%", as in the plan`,
    ],
    [
      'an unknown project status',
      `${file}: project "box-9-qiandongnan-botanical-garden", field "status": status must be pending, not-started, in-progress or completed`,
    ],
  ])('names %s', (_, message) => expect(problems).toContain(message));

  it('names an item left out of the report', () => {
    const values = complete({});
    values['targets'] = values['targets']!.filter((t) => t.id !== 'county-sewage-treatment-rate');
    expect(problemsOf(() => validateReport(folder, fixture('report.yml'), values, refs))).toEqual([
      `${file}: target "county-sewage-treatment-rate" is missing (list it, with value: pending if there is no figure yet)`,
    ]);
  });

  it('names a report for a year outside the plan, and a folder that does not match', () => {
    const meta = { ...fixture('report.yml'), year: 2027 };
    expect(problemsOf(() => validateReport(folder, meta, complete({}), refs))).toContain(
      `${folder}/report.yml: field "year": year must be within the plan (2021–2025)`,
    );
    expect(
      problemsOf(() =>
        validateReport('content/reports/2024-final', fixture('report.yml'), complete({}), refs),
      ),
    ).toContain(
      'content/reports/2024-final/report.yml: field "year"/"kind": the folder must be named 2025-final, not 2024-final',
    );
  });

  it('needs a publication date exactly when published', () => {
    expect(
      problemsOf(() =>
        validateReport(folder, { ...fixture('report.yml'), published: null }, complete({}), refs),
      ),
    ).toContain(
      `${folder}/report.yml: field "published": give the publication date exactly when state is published`,
    );
  });
});

describe('publishing', () => {
  it('refuses a published report that reports nothing, and accepts it as a draft', () => {
    const plan = readPlanItems(root);
    const empty = parse(scaffoldReport(2025, 'final', plan, { zh: [], en: [] })['values.yml']!);
    const meta = fixture('report.yml');
    expect(meta.state).toBe('published');
    expect(problemsOf(() => validateReport(folder, meta, empty, refs))).toEqual([
      `${folder}/report.yml: field "state": 报告设为已发布（published），但 values.yml 中没有任何已填报的数值或工程进展；请先填报，或保持 state: draft / the report is published but values.yml reports no value or project status at all; fill it in first, or keep state: draft`,
    ]);
    const draft = { ...meta, state: 'draft', published: null };
    expect(() => validateReport(folder, draft, empty, refs)).not.toThrow();
  });
});

describe('report scaffold', () => {
  it('lists every indicator, target and project as pending, and validates', () => {
    const plan = readPlanItems(root);
    const files = scaffoldReport(2025, 'final', plan, { zh: [], en: [] });
    const values = parse(files['values.yml']!);
    expect(values.indicators).toHaveLength(INDICATORS);
    expect(values.indicators.every((i: { value: string }) => i.value === 'pending')).toBe(true);
    // Targets that restate an indicator (or another target) take its figure and are not listed.
    expect(values.targets).toHaveLength(
      plan.targets.filter((t) => restates(t) === undefined).length,
    );
    expect(values.targets.length).toBeLessThan(refs.targets.size);
    expect(files['values.yml']).toContain(
      '# 16. 森林覆盖率(%) · 单位 % · 目标 70%左右\n  - id: forest-coverage\n',
    );
    expect(values.projects.every((p: { status: string }) => p.status === 'pending')).toBe(true);
    expect(() => validateReport(folder, parse(files['report.yml']!), values, refs)).not.toThrow();
    expect(parse(files['report.yml']!)).toMatchObject({
      year: 2025,
      kind: 'final',
      state: 'draft',
    });
  });
});

describe('status of the synthetic values', () => {
  it('judges the fixture values by the published rule', () => {
    const values = fixture('values-good.yml');
    const forest = {
      id: 'forest-coverage',
      number: 16,
      category: 'x',
      name: { zh: '', en: '' },
      type: 'binding' as const,
      baseline: { value: 67.98 },
      target: { value: 70, approx: true, comparator: 'about' as const },
    };
    expect(
      judge(
        values.indicators[0],
        indicatorGoal(forest, values.indicators[0]),
        2025,
        baselinePoint(forest),
      ).status,
    ).toBe('achieved');
  });
});

describe('report feed', () => {
  const reports: FeedReport[] = [
    {
      id: '2023-midterm',
      meta: {
        year: 2023,
        kind: 'midterm',
        state: 'published',
        published: '2024-03-01',
        title: { zh: '中期', en: 'Mid-term' },
      },
    },
    {
      id: '2025-final',
      meta: {
        year: 2025,
        kind: 'final',
        state: 'draft',
        published: null,
        title: { zh: '总结', en: 'Final' },
      },
    },
  ];
  it('lists published reports only', () => {
    expect(
      feedItems(
        reports,
        'en',
        (id) => `/en/reports/${id}/`,
        (k) => (k === 'midterm' ? 'Mid-term evaluation' : 'Final evaluation'),
      ),
    ).toEqual([
      {
        title: 'Mid-term evaluation 2023',
        link: '/en/reports/2023-midterm/',
        pubDate: new Date('2024-03-01T00:00:00+08:00'),
        description: 'Mid-term',
      },
    ]);
  });
  it('produces RSS 2.0 with the required channel and item elements', async () => {
    const xml = await getRssString({
      title: 'Reports',
      description: 'All reports',
      site: 'https://example.invalid/en/reports/',
      items: feedItems(
        reports,
        'zh',
        (id) => `/zh/reports/${id}/`,
        () => '中期评估',
      ),
    });
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss.channel).toMatchObject({
      title: 'Reports',
      description: 'All reports',
      link: 'https://example.invalid/en/reports/',
    });
    expect(doc.rss.channel.item).toMatchObject({
      title: '2023年中期评估',
      link: 'https://example.invalid/zh/reports/2023-midterm/',
    });
    expect(new Date(doc.rss.channel.item.pubDate).toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(doc.rss.channel.item.guid['#text']).toBe(
      'https://example.invalid/zh/reports/2023-midterm/',
    );
  });
});

describe('the checks staff meet, in Chinese first', () => {
  const worded = [...refs.qualitativeTargets.keys()][0]!;
  const numeric = [...refs.indicators].find((id) => !refs.qualitativeTargets.has(id))!;
  const target = [...refs.targets][0]!;
  const project = [...refs.projects][0]!;
  const source = { title: 'S' };
  type Checks = {
    safeParse(item: unknown): {
      success: boolean;
      error?: { issues: { message: string; path: PropertyKey[] }[] } | undefined;
    };
  };
  const cases: [Checks, object][] = [
    [indicatorValueSchema(refs), { id: numeric, value: 5 }],
    [indicatorValueSchema(refs), { id: numeric, value: 'pending', status: 'achieved' }],
    [indicatorValueSchema(refs), { id: numeric, value: { zh: '好', en: 'good' } }],
    [indicatorValueSchema(refs), { id: numeric, value: 'pending', unit: 'furlongs' }],
    [indicatorValueSchema(refs), { id: 'no-such-indicator', value: 'pending' }],
    [indicatorValueSchema(refs), { id: numeric, value: 5, source, asOf: 'June' }],
    [
      indicatorValueSchema(refs),
      {
        id: numeric,
        value: 'pending',
        assignedTarget: { comparator: '>=', value: 1, source },
      },
    ],
    [indicatorValueSchema(refs), { id: worded, value: 5, source, asOf: '2023' }],
    [targetValueSchema(refs), { id: target, value: 5 }],
    [projectProgressSchema(refs), { id: project, status: 'completed' }],
    [projectProgressSchema(refs), { id: 'no-such-project', status: 'pending' }],
  ];
  it('gives every problem of a reported item its Chinese (the import and npm run check show it first)', () => {
    let issues = 0;
    for (const [schema, item] of cases) {
      const result = schema.safeParse(item);
      expect(result.success, JSON.stringify(item)).toBe(false);
      for (const issue of result.error!.issues) {
        issues += 1;
        expect(issueZh(issue), `${issue.message} (${JSON.stringify(item)})`).toMatch(
          /\p{Script=Han}/u,
        );
      }
    }
    expect(issues).toBeGreaterThanOrEqual(cases.length + 4);
  });
});
