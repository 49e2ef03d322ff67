/** Writing and reading the report spreadsheet with exceljs (the layout itself is src/lib/staff/sheet-layout.ts). */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { displayedNumber } from '../../src/lib/staff/sheet-values.ts';
import { COLUMNS } from '../../src/lib/staff/sheet-layout.ts';
import { SHEETS, type Cell, type Section } from '../../src/lib/staff/sheet-words.ts';
import { type RowModel } from '../../src/lib/staff/sheet-write.ts';

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

/** The problems of a workbook as a whole, worded for staff: file, sheet, row and column. */
export type WorkbookProblems = string[];

/** What a cell shows: a number as its format displays it, a formula as its saved result. */
function shownCell(cell: ExcelJS.Cell): { value: Cell } | { problem: [string, string] } {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null)
      return {
        problem: [
          '公式没有保存的计算结果；请在 Excel 或 WPS 中打开此文件、确认显示的数值后保存，再导入',
          'the formula has no saved result: open the file in Excel or WPS, check the figure shown, save, then import',
        ],
      };
    if (typeof result === 'object' && 'error' in result)
      return {
        problem: [
          `公式结果为错误值 ${String(result.error)}；请改正公式或直接输入数值`,
          `the formula gives the error ${String(result.error)}: correct it or type the figure`,
        ],
      };
  }
  const value = plainCell(v);
  return { value: typeof value === 'number' ? displayedNumber(value, cell.numFmt) : value };
}

const LETTERS = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** The column numbers a merged range such as "K5:L7" covers, and its rows. */
function mergedRange(range: string): { cols: [number, number]; rows: [number, number] } {
  const [a, b = a] = range.split(':') as [string, string?];
  const at = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { col, row: Number(m[2]) };
  };
  const [p, q] = [at(a), at(b!)];
  return { cols: [p.col, q.col], rows: [p.row, q.row] };
}

/** What kind of file this is by its first bytes: a zip (xlsx), an old binary Excel file, or other. */
export function fileKind(bytes: Buffer): 'zip' | 'ole' | 'empty' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'ole';
  return 'other';
}

/**
 * Reads the three data sheets of a workbook with the report id of its instructions, and every
 * problem of the workbook as such at once: a file that is not an .xlsx, a missing or renamed
 * sheet, a header row that moved or lost a column, hidden rows or columns, merged cells, formulas
 * without a saved result. Cells are what the person saw (src/lib/staff/sheet-values.ts).
 */
export async function readWorkbook(
  path: string,
): Promise<{ reportId: string | undefined; sheets: SheetRows[]; problems: WorkbookProblems }> {
  const name = basename(path);
  const problems: WorkbookProblems = [];
  const refuse = (zh: string, en: string) => ({
    reportId: undefined,
    sheets: [],
    problems: [`${name}：${zh} / ${name}: ${en}`],
  });
  const ext = extname(path).toLowerCase();
  const bytes = readFileSync(path);
  const kind = fileKind(bytes);
  if (ext === '.xlsm')
    return refuse(
      '这是含宏的工作簿（.xlsm），不能导入；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）',
      'a macro-enabled workbook (.xlsm) is not imported: save it as an Excel workbook (.xlsx)',
    );
  if (ext === '.xls' || kind === 'ole')
    return refuse(
      '这是旧版 Excel 97-2003 文件（.xls），不能导入；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）',
      'an Excel 97-2003 file (.xls) is not imported: save it as an Excel workbook (.xlsx)',
    );
  if (kind === 'empty')
    return refuse('文件是空的（0 字节）；请重新保存或重新生成模板', 'the file is empty (0 bytes)');
  if (kind !== 'zip')
    return refuse(
      '不是 Excel 工作簿（.xlsx）；可能只是改了扩展名。请用 npm run report:template 生成的表格填写后保存',
      'not an Excel workbook (.xlsx), perhaps a renamed file: fill in the sheet npm run report:template writes',
    );
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refuse(
      '文件已损坏或不是 Excel 工作簿，无法打开；请在 Excel 或 WPS 中重新保存为 .xlsx',
      'the file is damaged or not an Excel workbook: save it again as .xlsx',
    );
  }
  const first = String(plainCell(wb.getWorksheet(SHEETS.help)?.getCell('A1').value) ?? '');
  const reportId = /report:\s*(\S+)/.exec(first)?.[1];
  const found = wb.worksheets.map((w) => w.name);
  const sheets: SheetRows[] = [];
  for (const section of SECTIONS) {
    const sheet = SHEETS[section];
    const ws = wb.getWorksheet(sheet);
    if (!ws) {
      problems.push(
        `${name}：找不到工作表“${sheet}”（文件中的工作表：${found.join('、')}）；请勿改名或删除模板的工作表 / ${name}: no sheet "${sheet}" (sheets: ${found.join(', ')}); do not rename or delete the template's sheets`,
      );
      continue;
    }
    const say = (where: string, zh: string, en: string) =>
      problems.push(`${name} 工作表“${sheet}”${where}：${zh} / ${name} sheet ${sheet} ${en}`);
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, n) => {
      headers[n] = String(plainCell(cell.value) ?? '').trim();
    });
    const missing = COLUMNS[section].filter((c) => !headers.includes(c.header));
    if (missing.length > 0) {
      say(
        ' 第1行',
        `表头缺少列 ${missing.map((c) => `“${c.header}”`).join('、')}；第1行必须是模板的表头，请勿插入行或改动表头`,
        `row 1: the header lacks ${missing.map((c) => c.header).join(', ')}; row 1 must be the template's header row`,
      );
      continue;
    }
    const fillColumns = new Set(
      COLUMNS[section].filter((c) => c.fill).map((c) => headers.indexOf(c.header)),
    );
    headers.forEach((header, n) => {
      if (header && ws.getColumn(n).hidden)
        say(
          ` “${header}”列`,
          '该列被隐藏；请取消隐藏，核对其中内容后再导入',
          `column ${header} is hidden: unhide it and check it before importing`,
        );
    });
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const { cols, rows } = mergedRange(range);
      const hits = [...fillColumns].filter((c) => c >= cols[0] && c <= cols[1]);
      if (hits.length > 0)
        say(
          ` ${range}`,
          `合并了单元格（涉及“${hits.map((c) => headers[c]).join('”“')}”列，第${rows[0]}–${rows[1]}行）；合并后的内容会被当成其中一格，请取消合并后分别填写`,
          `cells ${range} are merged (columns ${hits.map((c) => headers[c]).join(', ')}): unmerge them and fill each cell`,
        );
    }
    const rows: SheetRows['rows'] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cells: Record<string, Cell> = {};
      let filled = false;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const header = headers[c];
        if (!header) return;
        const shown = shownCell(cell);
        if ('problem' in shown) {
          say(
            ` 第${n}行 “${header}”列（${LETTERS(c)}${n}）`,
            shown.problem[0],
            `row ${n} column ${header}: ${shown.problem[1]}`,
          );
          return;
        }
        cells[header] = shown.value;
        if (fillColumns.has(c) && shown.value !== undefined && String(shown.value).trim() !== '')
          filled = true;
      });
      if (row.hidden)
        say(
          ` 第${n}行`,
          filled
            ? '该行被隐藏，但填有内容；请取消隐藏，核对后再导入（隐藏的数值不会被导入）'
            : '该行被隐藏；请取消隐藏后再导入，以免漏看其中的内容',
          `row ${n} is hidden${filled ? ' but filled in' : ''}: unhide it and check it before importing`,
        );
      rows.push({ row: n, cells });
    });
    sheets.push({ sheet, section, rows });
  }
  return { reportId, sheets, problems };
}
