/**
 * Every content check that the build and the tests rely on, without building (fast): encodings,
 * the data files, every evaluation report (data, plausibility, safe text, links), the English
 * chapters (translation, placeholders, glossary), register names against their Chinese keywords,
 * the seed import and the interface strings.
 * Prints every problem, then exits 1. `npm run build` runs it first.
 *   npm run check
 */
import { existsSync, readdirSync } from 'node:fs';
import { localeKeys } from '../src/i18n/locales.ts';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataError, parseYaml, validateRecords } from '../src/lib/core/records.ts';
import { readText } from '../src/lib/core/text-file.ts';
import { planIndex } from '../src/loaders/plan-index.ts';
import {
  categorySchema,
  indicatorSchema,
  projectSchema,
  targetSchema,
} from '../src/schemas/plan-data.ts';
import { synonymSchema } from '../src/schemas/synonyms.ts';
import { readReport, reportFolders } from '../src/loaders/reports-loader.ts';
import { readUiStrings } from '../src/loaders/ui-strings.ts';
import { uiKeysProblems } from './ui-keys.ts';
import {
  duplicateTerms,
  glossaryProblems,
  type GlossaryTerm,
} from '../src/lib/translation/glossary.ts';
import { registerNameProblems } from '../src/lib/registers/register-keywords.ts';
import { untranslatedProblems } from '../src/lib/translation/english-text.ts';
import { checkRefs } from '../src/lib/reports/report-refs.ts';

const started = performance.now();
const problems: string[] = [];
const attempt = async (fn: () => unknown) => {
  try {
    await fn();
  } catch (error) {
    if (error instanceof DataError) problems.push(...error.problems);
    else problems.push((error as Error).message);
  }
};
const yamlFile = (path: string) => parseYaml(path, readText(path));

// The seed import and the translation checks are scripts of their own: started first, in parallel.
const run = promisify(execFile);
const scripts = [
  ['scripts/import-seed.ts', ['--check']],
  ['scripts/check-translation.ts', []],
] as const;
const spawned = scripts.map(([script, args]) =>
  run(process.execPath, [script, ...args]).then(
    () => '',
    (error: { stderr?: string; message: string }) => String(error.stderr || error.message).trim(),
  ),
);

// Every text file staff edit must be UTF-8.
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? walk(join(dir, d.name))
      : /\.(ya?ml|mdx?|csv)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
for (const file of walk('content')) await attempt(() => readText(file));

const plan = planIndex();
const { refs } = plan;
await attempt(() =>
  validateRecords(
    'content/indicators/categories.yml',
    'category',
    yamlFile('content/indicators/categories.yml'),
    categorySchema,
  ),
);
await attempt(() =>
  validateRecords(
    'content/indicators/indicators.yml',
    'indicator',
    yamlFile('content/indicators/indicators.yml'),
    indicatorSchema(refs),
  ),
);
await attempt(() =>
  validateRecords(
    'content/targets/targets.yml',
    'target',
    yamlFile('content/targets/targets.yml'),
    targetSchema(refs),
  ),
);
await attempt(() =>
  validateRecords(
    'content/projects/projects.yml',
    'project',
    yamlFile('content/projects/projects.yml'),
    projectSchema(refs),
  ),
);
await attempt(() =>
  validateRecords(
    'content/glossary/synonyms.yml',
    'synonym',
    yamlFile('content/glossary/synonyms.yml'),
    synonymSchema,
  ),
);
await attempt(() => {
  problems.push(...readUiStrings().problems);
  problems.push(...uiKeysProblems());
});

// Reports: data and plausibility, and their text (plain Markdown, checked against an allowlist; never run).
const reports = reportFolders();
for (const name of reports) {
  await attempt(() => {
    readReport('.', name);
  });
}
for (const file of localeKeys
  .filter((lang) => existsSync(`content/pages/${lang}`))
  .flatMap((lang) => readdirSync(`content/pages/${lang}`).map((f) => `content/pages/${lang}/${f}`)))
  problems.push(...checkRefs(file, readText(file), refs));

// English chapters: no placeholder, no paragraph without English, the glossary's renderings;
// one rendering per glossary term; register names whose English lacks a keyword of the Chinese.
await attempt(() => {
  const terms = yamlFile('content/glossary/terms.yml') as GlossaryTerm[];
  problems.push(...duplicateTerms(terms));
  problems.push(
    ...registerNameProblems(
      yamlFile('content/projects/projects.yml') as Parameters<typeof registerNameProblems>[0],
      yamlFile('content/targets/targets.yml') as Parameters<typeof registerNameProblems>[1],
      terms,
    ),
  );
  for (const { name, zh, en } of plan.chapters) {
    if (!en) continue; // a missing English chapter is reported by the build (src/data/chapters.ts)
    const file = `content/plan/en/${name}`;
    problems.push(...untranslatedProblems(en, file), ...glossaryProblems(zh, en, terms, file));
  }
});

for (const message of await Promise.all(spawned)) if (message) problems.push(message);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(
    `check: ${problems.length} problem(s) in ${seconds} s\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`check: all content is valid (${reports.length} report(s)) in ${seconds} s`);
