/**
 * Validates all content without building the site (fast): the seed import, the English
 * chapters, the data files and every evaluation report. Prints every problem, then exits 1.
 *   npm run check
 */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { DataError, parseYaml, validateRecords } from '../src/lib/records.ts';
import { loadRefs } from '../src/schemas/load-refs.ts';
import { categorySchema, indicatorSchema, projectSchema, targetSchema } from '../src/schemas/plan-data.ts';
import { readReport, reportFolders } from '../src/data/reports-loader.ts';
import { checkUiStrings } from '../src/lib/ui-strings.ts';
import { checkReportText } from '../src/lib/report-text-check.ts';
import { checkRefs } from '../src/lib/report-refs.ts';

const started = performance.now();
const problems: string[] = [];
const attempt = (fn: () => void) => {
  try { fn(); } catch (error) {
    if (error instanceof DataError) problems.push(...error.problems);
    else problems.push((error as Error).message);
  }
};
const yamlFile = (path: string) => parseYaml(path, readFileSync(path, 'utf8'));

const refs = loadRefs();
attempt(() => validateRecords('content/indicators/categories.yml', 'category', yamlFile('content/indicators/categories.yml'), categorySchema));
attempt(() => validateRecords('content/indicators/indicators.yml', 'indicator', yamlFile('content/indicators/indicators.yml'), indicatorSchema(refs)));
attempt(() => validateRecords('content/targets/targets.yml', 'target', yamlFile('content/targets/targets.yml'), targetSchema(refs)));
attempt(() => validateRecords('content/projects/projects.yml', 'project', yamlFile('content/projects/projects.yml'), projectSchema(refs)));
attempt(() => {
  const files = { 'content/i18n/zh-CN.yml': yamlFile('content/i18n/zh-CN.yml'), 'content/i18n/en.yml': yamlFile('content/i18n/en.yml') } as Record<string, Record<string, unknown>>;
  problems.push(...checkUiStrings(files));
});
const reports = reportFolders();
for (const name of reports) attempt(() => { readReport('.', name); });
// Report texts (issue 11): the three narrative parts and every <Ref to="…"> must resolve.
for (const file of reports.flatMap((name) => ['zh', 'en'].map((lang) => `content/reports/${name}/${lang}.mdx`))) {
  attempt(() => { problems.push(...checkReportText(file, readFileSync(file, 'utf8'), refs)); });
}
for (const file of ['zh', 'en'].flatMap((lang) => readdirSync(`content/pages/${lang}`).map((f) => `content/pages/${lang}/${f}`))) problems.push(...checkRefs(file, readFileSync(file, 'utf8'), refs));

// The seed import and the translation checks are their own scripts; run them the same way.
for (const [script, args] of [['scripts/import-seed.ts', ['--check']], ['scripts/check-translation.ts', []]] as const) {
  try {
    execFileSync(process.execPath, [script, ...args], { stdio: 'pipe' });
  } catch (error) {
    problems.push(String((error as { stderr?: Buffer }).stderr ?? error).trim());
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`check: ${problems.length} problem(s) in ${seconds} s\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check: all content is valid (${reports.length} report(s)) in ${seconds} s`);
