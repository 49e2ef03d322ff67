/**
 * The staff path with a spreadsheet: report:template → fill in cells (here with exceljs, as a
 * spreadsheet program would) → report:import → template again; and what a failed import does.
 * Synthetic values only, in a sandbox copy (never in content/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { node, sandbox } from './sandbox.ts';

const REPORT = '2023-midterm';
let box: ReturnType<typeof sandbox>;
let dir: string;
const valuesPath = () => join(dir, 'content/reports', REPORT, 'values.yml');
const template = (out: string) =>
  node(dir, 'scripts/report-template.ts', '--report', REPORT, '--out', out);
const importFile = (file: string) =>
  node(dir, 'scripts/report-import.ts', '--report', REPORT, file);

/** Every cell of the three data sheets, as text, by sheet. */
async function cellsOf(path: string): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, string[][]> = {};
  for (const name of ['指标', '量化目标', '重点工程']) {
    const rows: string[][] = [];
    wb.getWorksheet(name)!.eachRow((row) =>
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v === null || v === undefined ? '' : JSON.stringify(v))),
      ),
    );
    out[name] = rows;
  }
  return out;
}

/** Sets cells of a workbook by sheet, id (column 编号) and header; saves it as `out`. */
async function fill(
  from: string,
  out: string,
  edits: { sheet: string; id: string; set: Record<string, ExcelJS.CellValue> }[],
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const { sheet, id, set } of edits) {
    const ws = wb.getWorksheet(sheet)!;
    const headers = ws.getRow(1).values as string[];
    let rowNumber = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === id) rowNumber = n;
    });
    expect(rowNumber, `${sheet} has a row for ${id}`).toBeGreaterThan(1);
    for (const [header, value] of Object.entries(set))
      ws.getRow(rowNumber).getCell(headers.indexOf(header)).value = value;
  }
  await wb.xlsx.writeFile(out);
}

const FILLED = [
  {
    sheet: '指标',
    id: 'forest-coverage',
    set: {
      填报值: 69.5,
      数据时间: '2022',
      来源名称: '黔东南州统计公报(测试)',
      来源网址: 'https://example.invalid/bulletin',
      说明: '测试说明',
      '说明(英文)': 'Test note',
    },
  },
  {
    sheet: '指标',
    id: 'good-air-days',
    set: {
      填报值: 98.6,
      数据时间: '2023-06',
      来源名称: 'Fixture',
      下达目标比较符: '≥',
      下达目标值: 97.6,
      下达目标来源: '省下达目标(测试)',
    },
  },
  {
    sheet: '指标',
    id: 'ecological-quality-index',
    set: {
      填报值: '良好',
      '填报值(英文)': 'good',
      数据时间: '2022',
      来源名称: 'Fixture',
      人工判定状态: '符合进度',
      判定理由: '保持良好。',
      '判定理由(英文)': 'Remained good.',
    },
  },
  {
    sheet: '量化目标',
    id: 'county-sewage-treatment-rate',
    set: { 填报值: 92, 数据时间: '2023', 来源名称: 'Fixture' },
  },
  {
    sheet: '重点工程',
    id: 'box-9-qiandongnan-botanical-garden',
    set: { 进展: '实施中', 数据时间: '2023-10', 来源名称: 'Fixture' },
  },
];

beforeAll(() => {
  box = sandbox();
  dir = box.dir;
});
afterAll(() => box.remove());

describe('report:template → fill in → report:import → report:template', () => {
  it('is lossless, and the imported figures validate and reach values.yml', async () => {
    expect(template(join(dir, 'blank.xlsx')).code).toBe(0);
    const blank = await cellsOf(join(dir, 'blank.xlsx'));
    expect(Object.keys(blank)).toEqual(['指标', '量化目标', '重点工程']);
    expect(blank['指标']![0]).toEqual(
      expect.arrayContaining([
        '"编号"',
        '"填报值"',
        '"数据时间"',
        '"来源名称"',
        '"来源网址"',
        '"说明"',
        '"下达目标比较符"',
        '"下达目标值"',
        '"下达目标来源"',
        '"人工判定状态"',
        '"判定理由"',
      ]),
    );
    expect(blank['重点工程']![0]).toContain('"进展"');
    expect(blank['指标']).toHaveLength(19);

    await fill(join(dir, 'blank.xlsx'), join(dir, 'filled.xlsx'), FILLED);
    const result = importFile(join(dir, 'filled.xlsx'));
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringContaining(`已导入 content/reports/${REPORT}/values.yml`),
    });
    // What changed, item by item, in the words and units staff know.
    expect(result.out).toContain('  森林覆盖率(%)：待填报 → 69.5%');
    expect(result.out).toContain('  生态质量指数(EI)：待填报 → 良好');
    expect(result.out).toContain('：待填报 → 实施中');
    const values = parse(readFileSync(valuesPath(), 'utf8'));
    expect(values.indicators.find((i: { id: string }) => i.id === 'forest-coverage')).toEqual({
      id: 'forest-coverage',
      value: 69.5,
      asOf: '2022',
      source: { title: '黔东南州统计公报(测试)', url: 'https://example.invalid/bulletin' },
      note: { zh: '测试说明', en: 'Test note' },
    });
    expect(
      values.indicators.find((i: { id: string }) => i.id === 'good-air-days').assignedTarget,
    ).toEqual({ comparator: '>=', value: 97.6, source: { title: '省下达目标(测试)' } });
    expect(
      values.projects.find((p: { id: string }) => p.id === 'box-9-qiandongnan-botanical-garden'),
    ).toEqual({
      id: 'box-9-qiandongnan-botanical-garden',
      status: 'in-progress',
      asOf: '2023-10',
      source: { title: 'Fixture' },
    });
    expect(readFileSync(valuesPath(), 'utf8')).toContain(
      '# 16. 森林覆盖率(%) · 单位 % · 目标 70%左右\n  - id: forest-coverage\n',
    );
    expect(
      values.targets.some((t: { id: string }) => t.id === 'forest-coverage-rate'),
      'a restated target is not typed again',
    ).toBe(false);
    expect(node(dir, 'scripts/check-content.ts').code).toBe(0);

    expect(template(join(dir, 'again.xlsx')).code).toBe(0);
    expect(await cellsOf(join(dir, 'again.xlsx'))).toEqual(await cellsOf(join(dir, 'filled.xlsx')));
    const before = readFileSync(valuesPath(), 'utf8');
    expect(importFile(join(dir, 'again.xlsx')).code).toBe(0);
    expect(readFileSync(valuesPath(), 'utf8')).toBe(before);
  });

  it('refuses implausible rows all at once, naming sheet, row and column, and changes no file', async () => {
    const before = readFileSync(valuesPath(), 'utf8');
    await fill(join(dir, 'blank.xlsx'), join(dir, 'bad.xlsx'), [
      {
        sheet: '指标',
        id: 'forest-coverage',
        set: { 填报值: 150, 数据时间: '2023', 来源名称: 'Fixture' },
      },
      {
        sheet: '指标',
        id: 'good-air-days',
        set: {
          填报值: 98,
          数据时间: '2024-01',
          来源名称: 'Fixture',
          来源网址: 'javascript:alert(3)',
          人工判定状态: '已实现',
          判定理由: '理由',
          '判定理由(英文)': 'Reason',
        },
      },
      { sheet: '量化目标', id: 'forest-coverage-rate', set: { 填报值: 70 } },
      {
        sheet: '量化目标',
        id: 'county-sewage-treatment-rate',
        set: { 填报值: '约95', 数据时间: '2023-13', 来源名称: 'Fixture' },
      },
      { sheet: '重点工程', id: 'box-9-qiandongnan-botanical-garden', set: { 进展: '进行中' } },
    ]);
    const result = importFile(join(dir, 'bad.xlsx'));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      '指标 第17行（森林覆盖率(%)） “填报值”: 150 超出 0–100(单位 %) / sheet 指标 row 17 (森林覆盖率(%)) column 填报值: 150 is outside 0–100 (unit %)',
    );
    expect(result.out).toContain('量化目标 第');
    expect(result.out).toContain('“填报值”: 此目标即指标 forest-coverage');
    expect(result.out).toContain('“填报值”: “约95” 不是数字');
    expect(result.out).toContain('重点工程 第');
    expect(result.out).toContain(
      '“进展”: “进行中” 不是可选值(可选:已完成、实施中、未开工、待填报)',
    );
    expect(result.out).toContain('no file was changed');
    expect(readFileSync(valuesPath(), 'utf8')).toBe(before);
  });

  it('refuses what contradicts the rules: a date after the report year, a script address, a hand-set status against the rule', async () => {
    const before = readFileSync(valuesPath(), 'utf8');
    await fill(join(dir, 'blank.xlsx'), join(dir, 'bad2.xlsx'), [
      {
        sheet: '指标',
        id: 'forest-coverage',
        set: {
          填报值: 50,
          数据时间: '2024-01',
          来源名称: 'Fixture',
          来源网址: 'javascript:alert(3)',
          人工判定状态: '已实现',
          判定理由: '理由',
          '判定理由(英文)': 'Reason',
        },
      },
    ]);
    const result = importFile(join(dir, 'bad2.xlsx'));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      '指标 第17行（森林覆盖率(%)） “数据时间”: 2024-01 晚于报告年份 2023',
    );
    expect(result.out).toContain(
      '指标 第17行（森林覆盖率(%)） “来源网址”: “javascript:alert(3)” 不是网址',
    );
    expect(result.out).toContain(
      '指标 第17行（森林覆盖率(%)） “人工判定状态”: 人工判定“已实现”与规则计算的“滞后”不符',
    );
    expect(readFileSync(valuesPath(), 'utf8')).toBe(before);
  });

  it('refuses the spreadsheet of another report, and a file that is not a spreadsheet', () => {
    const before = readFileSync(valuesPath(), 'utf8');
    expect(
      node(
        dir,
        'scripts/report-template.ts',
        '--report',
        '2025-final',
        '--out',
        join(dir, 'final.xlsx'),
      ).code,
    ).toBe(0);
    expect(importFile(join(dir, 'final.xlsx'))).toMatchObject({
      code: 1,
      out: expect.stringContaining(
        'final.xlsx is the spreadsheet of report 2025-final, not 2023-midterm',
      ),
    });
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(importFile(join(dir, 'notes.txt'))).toMatchObject({
      code: 1,
      out: expect.stringContaining(
        'give an .xlsx (from npm run report:template) or a .csv of one of its sheets',
      ),
    });
    expect(readFileSync(valuesPath(), 'utf8')).toBe(before);
  });

  it('reads a CSV of one sheet: GBK, and UTF-8 with BOM and CRLF', () => {
    const csv = (value: number, title: string) =>
      `编号,序号,名称,填报值,数据时间,来源名称,下达目标值\r\nforest-coverage,16,森林覆盖率(%),${value},2023,${title},\r\n`;
    writeFileSync(join(dir, 'gbk.csv'), iconv.encode(csv(68.8, '黔东南州林业局(测试)'), 'gbk'));
    expect(importFile(join(dir, 'gbk.csv')).code).toBe(0);
    let forest = parse(readFileSync(valuesPath(), 'utf8')).indicators.find(
      (i: { id: string }) => i.id === 'forest-coverage',
    );
    expect(forest).toEqual({
      id: 'forest-coverage',
      value: 68.8,
      asOf: '2023',
      source: { title: '黔东南州林业局(测试)' },
    });
    writeFileSync(join(dir, 'bom.csv'), `\uFEFF${csv(69.2, '统计公报(测试)')}`);
    expect(importFile(join(dir, 'bom.csv')).code).toBe(0);
    forest = parse(readFileSync(valuesPath(), 'utf8')).indicators.find(
      (i: { id: string }) => i.id === 'forest-coverage',
    );
    expect(forest).toEqual({
      id: 'forest-coverage',
      value: 69.2,
      asOf: '2023',
      source: { title: '统计公报(测试)' },
    });
    const before = readFileSync(valuesPath(), 'utf8');
    writeFileSync(join(dir, 'utf16.csv'), iconv.encode(csv(70, 'x'), 'utf16le'));
    const refused = importFile(join(dir, 'utf16.csv'));
    expect(refused).toMatchObject({
      code: 1,
      out: expect.stringContaining('utf16.csv: 无法识别的编码'),
    });
    expect(readFileSync(valuesPath(), 'utf8')).toBe(before);
  });
});
