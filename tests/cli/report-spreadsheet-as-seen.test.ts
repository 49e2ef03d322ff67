/**
 * The spreadsheet import reads what the person saw, and refuses what it cannot read for certain.
 * Workbooks are made from the real template with exceljs the way Excel/WPS save them (number
 * formats, formulas with and without a saved result, hidden rows, merged cells, renamed sheets);
 * every refusal is in Chinese first, names file, sheet, row and column, and leaves every file as
 * it was. Synthetic values only, in a sandbox copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { node, sandbox } from './sandbox.ts';

const REPORT = '2023-midterm';
let box: ReturnType<typeof sandbox>;
let dir: string;
const blank = () => join(dir, 'blank.xlsx');
const importFile = (file: string) =>
  node(dir, 'scripts/report-import.ts', '--report', REPORT, file);

/** Every file of the report folder, by name, as bytes: to prove a refusal changed nothing. */
const snapshot = () => {
  const folder = join(dir, 'content/reports', REPORT);
  return Object.fromEntries(
    readdirSync(folder).map((f) => [f, readFileSync(join(folder, f)).toString('base64')]),
  );
};
const item = (section: string, id: string) =>
  parse(readFileSync(join(dir, 'content/reports', REPORT, 'values.yml'), 'utf8'))[section].find(
    (x: { id: string }) => x.id === id,
  );

type Edit = (
  wb: ExcelJS.Workbook,
  at: (sheet: string, id: string, header: string) => ExcelJS.Cell,
) => void;

/** The blank template with `edit` applied, saved as `name`. */
async function workbook(name: string, edit: Edit): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(blank());
  const at = (sheet: string, id: string, header: string) => {
    const ws = wb.getWorksheet(sheet)!;
    const headers = ws.getRow(1).values as string[];
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === id) row = n;
    });
    if (row === 0 || headers.indexOf(header) < 0) throw new Error(`${sheet}/${id}/${header}`);
    return ws.getRow(row).getCell(headers.indexOf(header));
  };
  edit(wb, at);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A figure with its date and source, as a row needs. */
const figure = (
  at: Parameters<Edit>[1],
  sheet: string,
  id: string,
  value: ExcelJS.CellValue,
  numFmt?: string,
) => {
  const cell = at(sheet, id, '填报值');
  cell.value = value;
  // A style of its own: exceljs shares one style object between the cells of a column.
  if (numFmt) cell.style = { ...cell.style, numFmt };
  at(sheet, id, '数据时间').value = '2023';
  at(sheet, id, '来源名称').value = '测试来源（虚构）';
};

/** Imports a workbook that must be refused: exit 1, no file changed, the output. */
function refused(path: string): string {
  const before = snapshot();
  const { code, out } = importFile(path);
  expect(code, out).toBe(1);
  expect(out).toContain('没有修改任何文件');
  expect(snapshot()).toEqual(before);
  return out;
}

beforeAll(() => {
  box = sandbox();
  dir = box.dir;
  const made = node(dir, 'scripts/report-template.ts', '--report', REPORT, '--out', blank());
  expect(made.code, made.out).toBe(0);
});
afterAll(() => box.remove());

describe('what the person saw', () => {
  it('takes a percent-formatted cell as the percentage shown, full-width digits and thousands separators as written', async () => {
    const path = await workbook('seen.xlsx', (_, at) => {
      figure(at, '指标', 'forest-coverage', 0.691, '0.0%'); // Excel stores 69.1% as 0.691
      figure(at, '指标', 'rural-sewage-treatment', '２６．５');
      figure(at, '量化目标', 'sewage-treatment-capacity-added', '53,500');
      figure(at, '指标', 'good-air-days', '—');
      figure(at, '指标', 'surface-water-grade-iii', '暂无');
    });
    const { code, out } = importFile(path);
    expect(code, out).toBe(0);
    expect(item('indicators', 'forest-coverage').value).toBe(69.1);
    expect(item('indicators', 'rural-sewage-treatment').value).toBe(26.5);
    expect(item('targets', 'sewage-treatment-capacity-added').value).toBe(53500);
    expect(item('indicators', 'good-air-days').value).toBe('pending');
    expect(item('indicators', 'surface-water-grade-iii').value).toBe('pending');
    expect(out).toContain('森林覆盖率(%)：待填报 → 69.1%');
    expect(out).toContain('：待填报 → 53500 吨/日');
  });

  it('takes a formula result rounded as its format shows it', async () => {
    const path = await workbook('formula.xlsx', (_, at) => {
      figure(at, '指标', 'forest-coverage', { formula: '200/3', result: 66.66666666666667 }, '0.0');
    });
    expect(importFile(path).code).toBe(0);
    expect(item('indicators', 'forest-coverage').value).toBe(66.7);
  });

  it('accepts a favourable value below zero where lower is better (goal ≤ 0)', async () => {
    const path = await workbook('negative.xlsx', (_, at) => {
      figure(at, '指标', 'surface-water-worse-than-v', -3.5);
    });
    const { code, out } = importFile(path);
    expect(code, out).toBe(0);
    expect(item('indicators', 'surface-water-worse-than-v').value).toBe(-3.5);
  });

  it('accepts a figure far from baseline and target only when confirmed with a note', async () => {
    const unconfirmed = await workbook('tenfold.xlsx', (_, at) => {
      figure(at, '量化目标', 'sewage-treatment-capacity-added', 530000);
    });
    expect(refused(unconfirmed)).toMatch(
      /量化目标 第\d+行（新增建设改造污水处理能力） “填报值”: 填报值 530000 超过基期值和目标值中较大者（53000）的 5 倍/,
    );
    const confirmed = await workbook('confirmed.xlsx', (_, at) => {
      figure(at, '量化目标', 'sewage-treatment-capacity-added', 530000);
      at('量化目标', 'sewage-treatment-capacity-added', '确认数值').value = '是';
      at('量化目标', 'sewage-treatment-capacity-added', '说明').value = '含全州新建管网（测试）';
      at('量化目标', 'sewage-treatment-capacity-added', '说明(英文)').value = 'Includes (test)';
    });
    const { code, out } = importFile(confirmed);
    expect(code, out).toBe(0);
    expect(item('targets', 'sewage-treatment-capacity-added')).toMatchObject({
      value: 530000,
      confirmed: true,
    });
  });
});

describe('what cannot be read for certain is refused, all at once, and nothing changes', () => {
  it('names every problem of one workbook in a single run, Chinese first, by sheet, row and column', async () => {
    const path = await workbook('many.xlsx', (wb, at) => {
      figure(at, '指标', 'good-air-days', '112,5');
      figure(at, '指标', 'rural-sewage-treatment', '约26');
      figure(at, '指标', 'forest-coverage', { formula: 'A1/3', result: 22.2222222 });
      figure(at, '量化目标', 'sewage-treatment-capacity-added', 0.5, '0%');
      figure(at, '量化目标', 'county-sewage-treatment-rate', {
        formula: 'B2*2',
      } as ExcelJS.CellValue);
      figure(at, '指标', 'central-city-air-quality', '良好'); // words need their English
      const ws = wb.getWorksheet('指标')!;
      const hidden = at('指标', 'soil-water-conservation-rate', '填报值');
      hidden.value = 80;
      ws.getRow(Number(hidden.row)).hidden = true;
      const note = at('重点工程', 'box-9-qiandongnan-botanical-garden', '说明');
      const noteEn = at('重点工程', 'box-9-qiandongnan-botanical-garden', '说明(英文)');
      note.value = '合并的说明';
      wb.getWorksheet('重点工程')!.mergeCells(`${note.address}:${noteEn.address}`);
    });
    const out = refused(path);
    for (const expected of [
      /指标 第\d+行（[^）]+(?:）[^）]*)?） “填报值”: “112,5” 中的逗号含义不明/,
      /指标 第\d+行（[^）]+(?:）[^）]*)?） “填报值”: “约26” 不是数字/,
      /指标 第\d+行（[^）]+(?:）[^）]*)?） “填报值”: “22.2222222” 的小数位太多/,
      /量化目标 第\d+行（[^）]+(?:）[^）]*)?） “填报值”: “50%” 带 % 号，但该项单位是“吨\/日”/,
      /工作表“量化目标” 第\d+行 “填报值”列（[A-Z]+\d+）：公式没有保存的计算结果/,
      /指标 第\d+行（[^）]+(?:）[^）]*)?） “填报值\(英文\)”: 填报值“良好”是文字，需要英文译文/,
      /工作表“指标” 第\d+行：该行被隐藏，但填有内容/,
      /工作表“重点工程” [A-Z]+\d+:[A-Z]+\d+：合并了单元格（涉及“说明”“说明\(英文\)”列/,
    ])
      expect(out).toMatch(expected);
    // Chinese first on each line, then the same in English.
    expect(out).toMatch(
      /“112,5” 中的逗号含义不明[^\n]* \/ sheet 指标 row \d+ \([^)]+\)+ column 填报值: "112,5"/,
    );
  });

  it('refuses a renamed sheet and a moved header row, naming the sheets found', async () => {
    const path = await workbook('renamed.xlsx', (wb) => {
      wb.getWorksheet('指标')!.name = '指标(2023)';
      wb.getWorksheet('量化目标')!.spliceRows(1, 0, ['填报说明']);
    });
    const out = refused(path);
    expect(out).toContain(
      '找不到工作表“指标”（文件中的工作表：说明、指标(2023)、量化目标、重点工程）',
    );
    expect(out).toMatch(/工作表“量化目标” 第1行：表头缺少列/);
  });

  it('refuses an empty file, a renamed text file, an old .xls and a macro workbook, in Chinese', () => {
    const cases: [string, Buffer, string][] = [
      ['empty.xlsx', Buffer.alloc(0), '文件是空的'],
      ['notes.xlsx', Buffer.from('这不是表格'), '不是 Excel 工作簿（.xlsx）'],
      [
        'old.xls',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        '旧版 Excel 97-2003 文件',
      ],
      ['broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), '文件已损坏'],
    ];
    for (const [name, bytes, words] of cases) {
      writeFileSync(join(dir, name), bytes);
      const out = refused(join(dir, name));
      expect(out, name).toContain(`${name}：`);
      expect(out, name).toContain(words);
      expect(out, name).not.toMatch(/at \S+ \(|jszip|\[object Object\]/);
    }
    copyFileSync(blank(), join(dir, 'macro.xlsm'));
    expect(refused(join(dir, 'macro.xlsm'))).toContain('含宏的工作簿（.xlsm）');
  });
});
