/** The report spreadsheet's rows ↔ values.yml items (pure part; the files are tested in tests/cli). */
import { describe, expect, it } from 'vitest';
import { H } from '../../src/lib/staff/sheet-words.ts';
import { cellMessage, columnOf, dateText, rowToItem } from '../../src/lib/staff/sheet-read.ts';
import { FIELDS, fieldsOf } from '../../src/lib/staff/report-fields.ts';
import { FULL_ITEMS } from '../fixtures/full-report-items.ts';
import { COLUMNS } from '../../src/lib/staff/sheet-layout.ts';
import { sheetRows } from '../../src/lib/staff/sheet-write.ts';
import { valuesYaml } from '../../src/lib/staff/values-writer.ts';

const plan = {
  indicators: [
    {
      id: 'forest-coverage',
      number: 16,
      name: { zh: '森林覆盖率(%)', en: 'Forest coverage (%)' },
      unit: '%',
      type: 'binding' as const,
      baseline: '67.98',
      target: '约 70%',
      paragraphs: ['c11-p1'],
      worded: false,
    },
  ],
  targets: [
    {
      id: 'forest-coverage-rate',
      metric: { zh: '森林覆盖率', en: 'Forest coverage' },
      unit: '%',
      target: '约 70%',
      deadline: 2025,
      sentence: { zh: '森林覆盖率约70%', en: 'about 70%' },
      paragraph: 'c11-p1',
      indicator: 'forest-coverage',
      sameAs: null,
    },
    {
      id: 'wetland-protection-rate',
      metric: { zh: '湿地保护率', en: 'Wetland protection rate' },
      unit: '%',
      target: '≥ 50%',
      deadline: 2025,
      sentence: { zh: '湿地保护率50%以上', en: 'above 50%' },
      paragraph: 'c11-p2',
      indicator: null,
      sameAs: null,
    },
  ],
  projects: [
    {
      id: 'box-9-garden',
      name: { zh: '植物园', en: 'Botanical garden' },
      box: 'box-9',
      paragraph: 'box-9-p1',
    },
  ],
};

const NUMERIC = { unit: '%', allowWords: false };
const WORDED = { ...NUMERIC, allowWords: true };

describe('rows to items', () => {
  it('reads an empty or 待填报 value as pending, a number cell or numeric text as a number', () => {
    expect(rowToItem('targets', { [H.id]: 'a', [H.value]: '' }, NUMERIC).item).toEqual({
      id: 'a',
      value: 'pending',
    });
    expect(rowToItem('targets', { [H.id]: 'a', [H.value]: '待填报' }, NUMERIC).item).toEqual({
      id: 'a',
      value: 'pending',
    });
    expect(rowToItem('targets', { [H.id]: 'a', [H.value]: ' 69.5 ' }, NUMERIC).item.value).toBe(
      69.5,
    );
    expect(rowToItem('targets', { [H.id]: 'a', [H.value]: 1184 }, NUMERIC).item.value).toBe(1184);
  });
  it('names the column of each problem', () => {
    expect(
      rowToItem('targets', { [H.id]: 'a', [H.value]: '良好' }, WORDED).problems.map(
        (p) => p.column,
      ),
    ).toEqual([H.valueEn]);
    expect(
      rowToItem('targets', { [H.id]: 'a', [H.value]: '良好' }, NUMERIC).problems.map(
        (p) => p.column,
      ),
    ).toEqual([H.value]);
    expect(
      rowToItem('targets', { [H.id]: 'a', [H.note]: '说明' }, NUMERIC).problems.map(
        (p) => p.column,
      ),
    ).toEqual([H.noteEn]);
    expect(
      rowToItem(
        'targets',
        { [H.id]: 'a', [H.sourceUrl]: 'https://example.invalid/' },
        NUMERIC,
      ).problems.map((p) => p.column),
    ).toEqual([H.sourceTitle]);
    expect(
      rowToItem('indicators', { [H.id]: 'a', [H.assignedValue]: 97 }, NUMERIC).problems.map(
        (p) => p.column,
      ),
    ).toEqual([H.assignedComparator, H.assignedSource]);
    expect(
      rowToItem('projects', { [H.id]: 'p', [H.progress]: 'done' }).problems.map((p) => p.column),
    ).toEqual([H.progress]);
  });
  it('turns a date that a spreadsheet made of "2023-06" back into 2023-06', () => {
    expect(dateText(new Date(Date.UTC(2023, 5, 1)))).toBe('2023-06');
    expect(dateText(new Date(Date.UTC(2023, 5, 15)))).toBe('2023-06-15');
    expect(dateText(2023)).toBe('2023');
  });
  it('words an error by sheet, row and column in both languages', () => {
    expect(
      cellMessage('指标', 7, {
        column: '填报值',
        zh: '150 超出 0–100(单位 %)',
        en: '150 is outside 0–100 (unit %)',
      }),
    ).toBe(
      '指标 第7行 “填报值”: 150 超出 0–100(单位 %) / sheet 指标 row 7 column 填报值: 150 is outside 0–100 (unit %)',
    );
    expect(cellMessage('指标', 7, { column: '填报值', zh: '甲', en: 'a' }, '森林覆盖率(%)')).toBe(
      '指标 第7行（森林覆盖率(%)） “填报值”: 甲 / sheet 指标 row 7 (森林覆盖率(%)) column 填报值: a',
    );
  });
});

describe('the field registry', () => {
  // One item per sheet with every field filled in: the template's cells read back give it again.
  const full = FULL_ITEMS;
  it('reads back, field for field, the row it writes for an item', () => {
    const rows = sheetRows(plan, {
      indicators: [full.indicators],
      targets: [full.targets],
      projects: [full.projects],
    } as never);
    const row = (section: 'indicators' | 'targets' | 'projects', id: string) =>
      rows[section].find((r) => r.cells[H.id] === id)!.cells;
    const rules = { unit: '%', allowWords: true };
    for (const section of ['indicators', 'targets', 'projects'] as const) {
      const read = rowToItem(section, row(section, full[section].id), rules);
      expect(read.problems).toEqual([]);
      expect(read.item).toEqual(full[section]);
      // values.yml keeps the spreadsheet's column order.
      expect(Object.keys(read.item)).toEqual(Object.keys(full[section]));
    }
  });
  it('gives each sheet the columns of its fields after the plan columns, each header once', () => {
    for (const section of ['indicators', 'targets', 'projects'] as const) {
      const headers = COLUMNS[section].map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      const filled = COLUMNS[section].filter((c) => c.fill).map((c) => c.header);
      expect(filled).toEqual(fieldsOf(section).flatMap((f) => f.columns.map((c) => c.header)));
      expect(COLUMNS[section].findIndex((c) => c.fill)).toBe(headers.length - filled.length);
    }
    expect(FIELDS.every((f) => f.sections.length > 0)).toBe(true);
  });
  it("names the column of every field's values.yml path, and the sheet's own status column", () => {
    for (const field of FIELDS)
      for (const section of field.sections)
        for (const [path, header] of Object.entries(field.paths)) {
          expect(columnOf(section, path)).toBe(header);
          expect(COLUMNS[section].map((c) => c.header)).toContain(header);
        }
    expect(columnOf('projects', 'status')).toBe(H.progress);
    expect(columnOf('indicators', 'status')).toBe(H.status);
    expect(columnOf('targets', 'note[0]')).toBe(H.note);
    expect(columnOf('indicators', 'assignedTarget.source.url')).toBe(H.assignedSourceUrl);
  });
});

describe('items to rows and values.yml', () => {
  const values = {
    indicators: [{ id: 'forest-coverage', value: 69.5, asOf: '2023', source: { title: 'F' } }],
    targets: [],
    projects: [],
  };
  it('closes the row of a target that restates an indicator, and keeps it out of values.yml', () => {
    const rows = sheetRows(plan, values);
    expect(rows.targets.map((r) => r.open)).toEqual([false, true]);
    expect(rows.indicators[0]!.cells[H.value]).toBe(69.5);
    // Where in the plan, in words a reader of the plan knows (not the site's ids).
    expect(rows.indicators[0]!.cells[H.paragraph]).toBe('第十一章第1段');
    expect(rows.projects.map((r) => r.cells[H.paragraph])).toContain('专栏9第1段');
    const yaml = valuesYaml(plan, values);
    expect(yaml).toContain(
      '  # 16. 森林覆盖率(%) · 单位 % · 目标 约 70%\n  - id: forest-coverage\n    value: 69.5\n',
    );
    expect(yaml).not.toContain('forest-coverage-rate');
    expect(yaml).toContain(
      '  # 湿地保护率 · 单位 % · 目标 ≥ 50%(2025年)\n  - id: wetland-protection-rate\n    value: pending\n',
    );
  });
});
