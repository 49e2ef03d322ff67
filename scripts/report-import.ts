/**
 * Imports a filled-in report spreadsheet (.xlsx from report:template, or a .csv of one of its
 * sheets: UTF-8 with or without BOM, or GBK/GB18030) into content/reports/<report>/values.yml,
 * or the report's text written in Word or WPS (.docx) into zh.md (en.md with --lang en).
 * Everything is validated first; a file is rewritten only when nothing is wrong.
 *   npm run report:import -- --report 2023-midterm FILE.xlsx
 *   npm run report:import -- --report 2023-midterm 报告.docx [--lang en]
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { DataError, parseYaml } from '../src/lib/core/records.ts';
import { decodeCsv, readText } from '../src/lib/core/text-file.ts';
import { readReport } from '../src/loaders/reports-loader.ts';
import { readPlanItems } from '../src/loaders/plan-items.ts';
import { planIndex } from '../src/loaders/plan-index.ts';
import type { Values } from '../src/lib/staff/sheet-layout.ts';
import { H, type Cell, type Section } from '../src/lib/staff/sheet-words.ts';
import { importSheets, type ImportedSheet } from '../src/lib/staff/report-import.ts';
import { valuesYaml } from '../src/lib/staff/values-writer.ts';
import { changedItems } from '../src/lib/staff/report-changes.ts';
import { readWorkbook } from './lib/workbook.ts';
import { importNarrative } from './lib/import-narrative.ts';

function fail(message: string, problems: string[] = []): never {
  console.error(
    `report:import: ${message}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}\n（没有修改任何文件 / no file was changed）`,
  );
  process.exit(1);
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    report: { type: 'string' },
    root: { type: 'string', default: '.' },
    lang: { type: 'string', default: 'zh' },
  },
});
const root = args.root!;
const file = positionals[0];
if (!args.report)
  fail('请指明报告：--report 2023-midterm 文件 / give the report: --report 2023-midterm FILE');
if (!file)
  fail(
    '请指明要导入的文件：--report 2023-midterm 文件.xlsx（或 .csv） / give the file to import: --report 2023-midterm FILE.xlsx (or .csv)',
  );
if (!existsSync(file)) fail(`找不到文件 ${file} / ${file} does not exist`);
const folder = `content/reports/${args.report}`;
if (!existsSync(join(root, folder)))
  fail(
    `报告 ${args.report} 不存在（${folder}）；新报告用 npm run report:new 创建 / ${folder} does not exist (npm run report:new creates a report)`,
  );

// The narrative, written in Word or WPS: a .docx becomes the report's zh.md (or en.md with --lang en).
if (['.docx', '.doc'].includes(extname(file).toLowerCase())) {
  if (args.lang !== 'zh' && args.lang !== 'en')
    fail(`--lang 只能是 zh 或 en（不是 ${args.lang}） / --lang must be zh or en`);
  const done = await importNarrative(root, args.report, file, args.lang);
  if ('problems' in done)
    fail(
      `${basename(file)} 有 ${done.problems.length} 处问题 / ${done.problems.length} problem(s):`,
      done.problems,
    );
  console.log(done.lines.join('\n'));
  process.exit(0);
}

/** A CSV of one sheet: which sheet it is follows from its headers. */
function readCsv(path: string): ImportedSheet[] {
  const name = basename(path);
  const { text } = decodeCsv(name, readFileSync(path));
  const records = parseCsv(text, {
    columns: false,
    skip_empty_lines: false,
    relax_column_count: true,
  }) as string[][];
  const headers = (records[0] ?? []).map((h) => h.trim());
  if (!headers.includes(H.id))
    fail(
      `${name}：第1行必须是模板某个工作表的表头（含“${H.id}”列） / ${name}: the first line must be the header row of a sheet of the template (with the column ${H.id})`,
    );
  const section: Section = headers.includes(H.progress)
    ? 'projects'
    : headers.includes(H.assignedValue)
      ? 'indicators'
      : 'targets';
  const rows = records.slice(1).map((r, i) => ({
    row: i + 2,
    cells: Object.fromEntries(headers.map((h, j) => [h, r[j] as Cell])),
  }));
  return [{ sheet: name, section, rows }];
}

let sheets: ImportedSheet[] = [];
let fileProblems: string[] = [];
try {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') sheets = readCsv(file);
  else if (['.xlsx', '.xlsm', '.xls'].includes(ext)) {
    const book = await readWorkbook(file);
    if (book.reportId && book.reportId !== args.report)
      fail(
        `${basename(file)} 是报告 ${book.reportId} 的表格，不是 ${args.report} 的 / ${basename(file)} is the spreadsheet of report ${book.reportId}, not ${args.report}`,
      );
    sheets = book.sheets;
    fileProblems = book.problems;
  } else
    fail(
      `${basename(file)}：只能导入 .xlsx（npm run report:template 生成的表格）、其中一个工作表另存的 .csv，或报告正文的 Word 文档 .docx / give an .xlsx (from npm run report:template) or a .csv of one of its sheets, or the report's text as .docx`,
    );
} catch (error) {
  if (error instanceof DataError) fail('无法读取文件 / cannot read the file:', error.problems);
  throw error;
}

let current: Values;
try {
  readReport(root, args.report); // the report as it is must be valid before anything is merged into it
  current = parseYaml(
    `${folder}/values.yml`,
    readText(join(root, folder, 'values.yml'), `${folder}/values.yml`),
  ) as Values;
  current = {
    indicators: current.indicators ?? [],
    targets: current.targets ?? [],
    projects: current.projects ?? [],
  };
} catch (error) {
  if (error instanceof DataError)
    fail(
      `${folder} 的现有数据已有问题，请先改正（npm run check） / ${folder} has problems already; fix them first (npm run check):`,
      error.problems,
    );
  throw error;
}
const meta = parseYaml(
  `${folder}/report.yml`,
  readText(join(root, folder, 'report.yml'), `${folder}/report.yml`),
);
const plan = readPlanItems(root);
const result = importSheets({
  folder,
  sheets,
  plan,
  values: current,
  meta,
  refs: planIndex(root).reportRefs,
});
const problems = [...fileProblems, ...('problems' in result ? result.problems : [])];
if (problems.length > 0 || 'problems' in result)
  fail(`${basename(file)} 有 ${problems.length} 处问题 / ${problems.length} problem(s):`, problems);

// Written to a temporary file, then renamed over values.yml: never half a file.
const target = join(root, folder, 'values.yml');
writeFileSync(`${target}.tmp`, valuesYaml(plan, result.values));
renameSync(`${target}.tmp`, target);
const changes = changedItems(plan, current, result.values);
console.log(
  [
    `report:import: ${basename(file)} 已导入 ${folder}/values.yml（${changes.length} 项有变化） / imported (${changes.length} item(s) changed)`,
    ...changes.map((c) => `  ${c}`),
    '下一步：npm run check，再用 npm run dev 预览 / Next: npm run check, then npm run dev to preview.',
  ].join('\n'),
);
