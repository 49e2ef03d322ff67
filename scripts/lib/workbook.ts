/** Writing and reading the report spreadsheet with exceljs (the layout itself is src/lib/report-sheet.ts). */
import ExcelJS from 'exceljs';
import {
  COLUMNS,
  SHEETS,
  type Cell,
  type RowModel,
  type Section,
} from '../../src/lib/report-sheet.ts';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDE7F0' },
};
const FILL_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF8DC' },
};
const CLOSED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEEEEEE' },
};
const SECTIONS: Section[] = ['indicators', 'targets', 'projects'];

/** The instruction sheet's lines (Chinese, then English). */
export function helpLines(reportId: string): string[] {
  return [
    `报告 / report: ${reportId}`,
    '填写说明(黔东南州“十四五”生态环境保护规划评估报告)',
    '1. 只填黄色的列;灰色和白色的列来自规划,已锁定。每个指标、目标、工程一行,按规划顺序排列。',
    '2. 填报值:只填数字,不带单位(单位见“单位”列);还没有数据就留空(= 待填报)。填报值是文字时,同时填写“填报值(英文)”和人工判定状态、判定理由。',
    '3. 数据时间:YYYY 或 YYYY-MM(例如 2023 或 2023-06),不得晚于报告年份。来源名称必填,来源网址只能以 http:// 或 https:// 开头。',
    '4. 规划目标为“达到国家及贵州省下达目标要求”的指标:填写下达目标比较符、下达目标值、下达目标来源。',
    '5. 人工判定状态与规则计算结果不同时,须在“推翻规则”选“是”并写明判定理由(中英文),页面会注明已推翻规则。',
    '6. 重点工程:在“进展”中选择 已完成 / 实施中 / 未开工 / 待填报。',
    '7. 保存后运行:npm run report:import -- --report <报告> <文件>。有任何错误时不会修改任何文件,错误信息会指出工作表、行号和列名。',
    '',
    'Instructions (evaluation report of the Qiandongnan 14th Five-Year Eco-Environmental Protection Plan)',
    '1. Fill in the yellow columns only; grey and white columns come from the plan and are locked. One row per indicator, target and project, in plan order.',
    '2. 填报值 (value): the number only, without its unit; leave it empty while there is no figure (= pending). A value in words also needs 填报值(英文), 人工判定状态 and 判定理由.',
    '3. 数据时间 (date of the figure): YYYY or YYYY-MM, not after the report year. 来源名称 (source title) is required; 来源网址 (source URL) must start with http:// or https://.',
    '4. Indicators whose plan target is "targets assigned by the State and Guizhou": fill in 下达目标比较符, 下达目标值 and 下达目标来源.',
    '5. A status set by hand that differs from the rule needs 推翻规则 = 是 and a reason in Chinese and English; the page says the rule was overridden.',
    '6. Projects: choose 进展 (completed / in progress / not started / pending).',
    '7. Then run: npm run report:import -- --report <report> <file>. On any error no file is changed; each error names the sheet, the row and the column.',
  ];
}

/** Writes the workbook: instructions, then one sheet per section with locked plan columns and open fill-in columns. */
export async function writeWorkbook(
  path: string,
  reportId: string,
  rows: Record<Section, RowModel[]>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'qdn-eco-plan-site';
  const help = wb.addWorksheet(SHEETS.help);
  help.columns = [{ width: 120 }];
  for (const line of helpLines(reportId)) help.addRow([line]);
  help.getCell('A1').font = { bold: true };
  for (const section of SECTIONS) {
    const columns = COLUMNS[section];
    const ws = wb.addWorksheet(SHEETS[section], {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    });
    ws.columns = columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: c.width,
      style: {
        numFmt: c.numeric ? 'General' : '@',
        alignment: { wrapText: true, vertical: 'top' },
      },
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    rows[section].forEach((model, i) => {
      const row = ws.getRow(i + 2);
      columns.forEach((c, j) => {
        const cell = row.getCell(j + 1);
        const value = model.cells[c.header];
        cell.value = value === undefined || value === null ? null : (value as ExcelJS.CellValue);
        const open = c.fill && model.open && !(model.closed ?? []).includes(c.header);
        cell.protection = { locked: !open };
        if (c.fill) cell.fill = open ? FILL_FILL : CLOSED_FILL;
        if (open && c.list)
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${c.list.join(',')}"`],
            showErrorMessage: true,
            errorTitle: '请选择 / choose',
            error: c.list.join(' / '),
          };
      });
    });
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      sort: false,
      autoFilter: true,
    });
  }
  await wb.xlsx.writeFile(path);
}

/** A cell's value as plain data: rich text, hyperlinks and formulas reduced to what they show. */
export function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
    return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('hyperlink' in v)
      return typeof v.text === 'string'
        ? v.text
        : (plainCell(v.text as ExcelJS.CellValue) ?? v.hyperlink);
    if ('result' in v) return plainCell(v.result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

export interface SheetRows {
  sheet: string;
  section: Section;
  rows: { row: number; cells: Record<string, Cell> }[];
}

/** Reads the three data sheets of a workbook (a missing sheet is simply not imported); with the report id of its instructions. */
export async function readWorkbook(
  path: string,
): Promise<{ reportId: string | undefined; sheets: SheetRows[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const first = String(plainCell(wb.getWorksheet(SHEETS.help)?.getCell('A1').value) ?? '');
  const reportId = /report:\s*(\S+)/.exec(first)?.[1];
  const sheets: SheetRows[] = [];
  for (const section of SECTIONS) {
    const ws = wb.getWorksheet(SHEETS[section]);
    if (!ws) continue;
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, n) => {
      headers[n] = String(plainCell(cell.value) ?? '').trim();
    });
    const rows: SheetRows['rows'] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cells: Record<string, Cell> = {};
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (headers[c]) cells[headers[c]!] = plainCell(cell.value);
      });
      rows.push({ row: n, cells });
    });
    sheets.push({ sheet: SHEETS[section], section, rows });
  }
  return { reportId, sheets };
}
