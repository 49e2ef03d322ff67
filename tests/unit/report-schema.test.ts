/** The reports collection's schema (reportSchema) keeps every validated report exactly: no field dropped, none reordered. */
import { describe, expect, it } from 'vitest';
import { readReport, reportFolders } from '../../src/loaders/reports-loader.ts';
import { reportMetaSchema, reportSchema } from '../../src/schemas/report.ts';
import {
  BASELINE_YEAR,
  CHAPTER_COUNT,
  PLAN_YEARS,
  TARGET_YEAR,
} from '../../src/lib/plan/plan-period.ts';
import { planIndex } from '../../src/loaders/plan-index.ts';
import { targetSchema } from '../../src/schemas/plan-data.ts';

describe('reportSchema', () => {
  it('passes every report of content/reports through unchanged', () => {
    const folders = reportFolders();
    expect(folders.length).toBeGreaterThan(0);
    for (const name of folders) {
      const report = readReport('.', name);
      const stored = reportSchema.parse(report);
      expect(JSON.stringify(stored)).toBe(JSON.stringify(report));
    }
  });
  it('rejects a report whose values are not of the schema', () => {
    const report = readReport('.', reportFolders()[0]!);
    const broken = {
      ...report,
      values: { ...report.values, indicators: [{ ...report.values.indicators[0], value: 'none' }] },
    };
    expect(reportSchema.safeParse(broken).success).toBe(false);
  });
});

describe('who compiled a report, and when (编制单位, 编制日期)', () => {
  const draft = {
    year: 2023,
    kind: 'midterm',
    state: 'draft',
    published: null,
    title: { zh: '测试', en: 'Test' },
  };
  const published = { ...draft, state: 'published', published: '2024-03-01' };
  const compiled = {
    compiledBy: { zh: '测试编制单位', en: 'Fixture Compiler' },
    compiledOn: '2024-02-20',
  };
  it('may be left empty in a draft, where the page shows 待填写', () => {
    expect(reportMetaSchema.safeParse(draft).success).toBe(true);
    expect(
      reportMetaSchema.safeParse({ ...draft, compiledBy: null, compiledOn: null }).success,
    ).toBe(true);
  });
  it('must be given before a report is published, in words staff read', () => {
    const result = reportMetaSchema.safeParse(published);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(
      /^发布的报告须写明编制单位（compiledBy）和编制日期（compiledOn）/,
    );
    expect(
      reportMetaSchema.safeParse({ ...published, compiledBy: compiled.compiledBy }).success,
    ).toBe(false);
    expect(reportMetaSchema.safeParse({ ...published, ...compiled }).success).toBe(true);
  });
  it('refuses a date that is not a real day', () => {
    expect(reportMetaSchema.safeParse({ ...draft, compiledOn: '2024-02-30' }).success).toBe(false);
  });
});

describe('plan period', () => {
  it('is the plan of 2021–2025 with 13 chapters, as the content says', () => {
    expect([BASELINE_YEAR, PLAN_YEARS.first, PLAN_YEARS.last, TARGET_YEAR, CHAPTER_COUNT]).toEqual([
      2020, 2021, 2025, 2025, 13,
    ]);
    expect(planIndex().chapters).toHaveLength(CHAPTER_COUNT);
  });
  it('bounds target deadlines in the schema', () => {
    const { refs } = planIndex();
    const result = targetSchema(refs).safeParse({ deadline: PLAN_YEARS.last + 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === 'deadline')!.message).toBe(
      'deadline must be within the plan (2021–2025)',
    );
  });
});
