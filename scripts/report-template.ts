/**
 * Writes the report spreadsheet to fill in: sheets 指标, 量化目标, 重点工程 (one row per item, in
 * plan order, prefilled and locked; the report's current values in the yellow columns) and 说明.
 *   npm run report:template -- --report 2023-midterm [--out FILE]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/lib/core/records.ts';
import { readReport } from '../src/loaders/reports-loader.ts';
import { readPlanItems } from '../src/loaders/plan-items.ts';
import { sheetRows } from '../src/lib/staff/sheet-write.ts';
import { type Values } from '../src/lib/staff/sheet-layout.ts';
import { writeWorkbook } from './lib/workbook.ts';

function fail(message: string): never {
  console.error(`report:template: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    report: { type: 'string' },
    out: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});
const root = args.root!;
if (!args.report) fail('give the report: --report 2023-midterm');
if (!existsSync(join(root, 'content/reports', args.report)))
  fail(`content/reports/${args.report} does not exist (npm run report:new creates a report)`);
let values: Values;
try {
  values = readReport(root, args.report).values as Values;
} catch (error) {
  if (error instanceof DataError)
    fail(
      `the report's files have problems; fix them first (npm run check):\n  ${error.problems.join('\n  ')}`,
    );
  throw error;
}
const out = resolve(args.out ?? `${args.report}.xlsx`);
await writeWorkbook(out, args.report, sheetRows(readPlanItems(root), values));
console.log(
  `report:template: wrote ${out}\nFill in the yellow columns, save, then: npm run report:import -- --report ${args.report} ${args.out ?? `${args.report}.xlsx`}`,
);
