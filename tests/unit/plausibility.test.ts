/** Plausibility rules of the one report validator: each rule with a fixture that breaks it and one that keeps it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DataError } from '../../src/lib/core/records.ts';
import { planIndex } from '../../src/loaders/plan-index.ts';
import { validateReport } from '../../src/schemas/report.ts';
import { checkPublished, isRealDate, isWebUrl } from '../../src/lib/reports/plausibility.ts';
import { judge } from '../../src/lib/reports/report-view.ts';

const root = new URL('../../', import.meta.url).pathname;
const refs = planIndex(root).reportRefs;
const folder = 'content/reports/2023-midterm';
const cases = parse(
  readFileSync(new URL('../fixtures/plausibility/cases.yml', import.meta.url), 'utf8'),
) as {
  rule: string;
  section: 'indicators' | 'targets' | 'projects';
  bad: { id: string };
  good: { id: string };
  message: string;
  meta?: Record<string, unknown>;
}[];
const baseMeta = {
  year: 2023,
  kind: 'midterm',
  state: 'draft',
  published: null,
  title: { zh: '测试', en: 'Test' },
};
/** A complete values file with one item replaced. */
function values(section: string, item: { id: string }) {
  const all = {
    indicators: [...refs.indicators],
    targets: [...refs.targets],
    projects: [...refs.projects],
  } as Record<string, string[]>;
  return Object.fromEntries(
    Object.entries(all).map(([k, ids]) => [
      k,
      ids.map((id) =>
        k === section && id === item.id
          ? item
          : k === 'projects'
            ? { id, status: 'pending' }
            : { id, value: 'pending' },
      ),
    ]),
  );
}
const run = (c: (typeof cases)[number], item: { id: string }) => {
  const meta = c.meta
    ? {
        ...baseMeta,
        state: 'published',
        compiledBy: { zh: '测试编制单位', en: 'Fixture Compiler' },
        compiledOn: '2023-04-20',
        ...c.meta,
      }
    : baseMeta;
  try {
    return validateReport(folder, meta, values(c.section, item), refs, '2026-01-01');
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
};

describe.each(cases)('rule: $rule', (c) => {
  it('refuses the value that breaks it, naming file, item and field', () => {
    const problems = run(c, c.bad);
    expect(Array.isArray(problems)).toBe(true);
    expect((problems as string[]).some((p) => p.includes(c.message))).toBe(true);
  });
  it('accepts the value that keeps it', () => expect(Array.isArray(run(c, c.good))).toBe(false));
});

describe('the rules themselves', () => {
  it('knows real dates', () => {
    expect(['2024-02-29', '2023', '2023-12', '2000-02-29'].every(isRealDate)).toBe(true);
    expect(
      ['2023-02-29', '2023-13', '2023-00', '1900-02-29', '2023-04-31', '23-01'].some(isRealDate),
    ).toBe(false);
  });
  it('allows only web addresses', () => {
    expect(isWebUrl('https://sthjt.guizhou.gov.cn/')).toBe(true);
    expect(
      [
        'javascript:alert(3)',
        'JAVASCRIPT:alert(3)',
        'data:text/html,x',
        'ftp://x',
        'not a url',
      ].some(isWebUrl),
    ).toBe(false);
  });
  it('refuses a publication date in the future of the build', () => {
    expect(checkPublished('2026-06-01', '2025-12', '2026-05-31')[0]?.en).toBe(
      'publication date 2026-06-01 is in the future (today is 2026-05-31)',
    );
    expect(checkPublished('2026-05-31', '2025-12', '2026-05-31')).toEqual([]);
    expect(checkPublished('2023-02-30', undefined, '2026-05-31')[0]?.en).toContain(
      'not a real date',
    );
  });
  it('shows on the page that a status overrides the rule', () => {
    const view = judge(
      {
        id: 'x',
        value: 50,
        status: 'achieved',
        override: true,
        reason: { zh: '理由', en: 'Reason' },
      },
      { comparator: 'about', value: 70, deadline: 2025 },
      2023,
      { value: 67.98, year: 2020 },
    );
    expect(view).toMatchObject({
      status: 'achieved',
      rule: 'manual',
      overridden: { computed: 'off-track' },
    });
  });
  it('gives a restated target the figure of its indicator', () => {
    const item = { id: 'forest-coverage', value: 69.5, asOf: '2023', source: { title: 'Fixture' } };
    const result = validateReport(folder, baseMeta, values('indicators', item), refs, '2026-01-01');
    expect(result.values.targets.find((t) => t.id === 'forest-coverage-rate')).toEqual({
      id: 'forest-coverage-rate',
      value: 69.5,
      asOf: '2023',
      source: { title: 'Fixture' },
    });
  });
});
