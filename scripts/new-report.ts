/**
 * Scaffolds an evaluation report with every item pending:
 *   npm run report:new -- --year 2025 --kind final
 * Refuses to overwrite an existing report, a year outside the plan and an unknown kind.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planIndex } from '../src/loaders/plan-index.ts';
import { PLAN_YEARS, REPORT_KINDS } from '../src/schemas/report.ts';
import { scaffoldReport } from '../src/lib/staff/report-scaffold.ts';
import { readPlanItems } from '../src/loaders/plan-items.ts';
import { partTitles } from '../src/loaders/part-titles.ts';

function fail(message: string): never {
  console.error(`report:new: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    kind: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});
const year = Number(values.year);
const kind = values.kind as (typeof REPORT_KINDS)[number];
if (!values.year || !Number.isInteger(year)) fail('give the year: --year 2025');
if (year < PLAN_YEARS.first || year > PLAN_YEARS.last)
  fail(`--year ${year} is outside the plan (${PLAN_YEARS.first}–${PLAN_YEARS.last})`);
if (!REPORT_KINDS.includes(kind)) fail(`--kind must be ${REPORT_KINDS.join(' or ')}`);
const folder = join(values.root!, 'content/reports', `${year}-${kind}`);
if (existsSync(folder)) fail(`${folder} already exists; edit it, or remove it first`);

const { refs } = planIndex(values.root);
const files = scaffoldReport(year, kind, readPlanItems(values.root), {
  zh: partTitles(values.root!, kind, 'zh'),
  en: partTitles(values.root!, kind, 'en'),
});
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
console.log(
  `report:new: wrote ${folder}/ (${Object.keys(files).join(', ')}) with ${refs.indicators.size} indicators, ${refs.targets.size} targets and ${refs.projects.size} projects pending.\nNext: fill in values.yml, then npm run check.`,
);
