/**
 * Checks English chapters against their Chinese twins (ids, order, figures, glossary renderings,
 * no Chinese left) and the whole English edition for rejected variants of glossary terms
 * (chapters, registers, indicator names, interface strings, pages, reports).
 *
 *   node scripts/check-translation.ts        every chapter that has an English file
 *   node scripts/check-translation.ts 5 12   only chapters 5 and 12 (and every other English file)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parse } from 'yaml';
import { parseMdxBlocks } from '../src/lib/plan/mdx-blocks.ts';
import { glossaryProblems, type GlossaryTerm } from '../src/lib/translation/glossary.ts';
import type { EditorialNote } from '../src/lib/plan/editorial-notes.ts';
import {
  blockTexts,
  chineseLeftProblems,
  figureProblems,
  lineTexts,
  parityProblems,
  recordTexts,
  rejectedVariantProblems,
} from '../src/lib/translation/translation-checks.ts';
import { CHAPTER_NUMBERS } from '../src/lib/plan/plan-period.ts';

const root = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const terms = parse(read('content/glossary/terms.yml')) as GlossaryTerm[];
const notes = new Map(
  (parse(read('content/plan/editorial-notes.yml')) as EditorialNote[]).map((n) => [n.id, n.en]),
);
const wanted = process.argv.slice(2).map(Number);
const chapters = wanted.length > 0 ? wanted : [...CHAPTER_NUMBERS];
let problems: string[] = [];
let checked = 0;
for (const n of chapters) {
  const name = `${String(n).padStart(2, '0')}.mdx`;
  const enFile = join(root, 'content/plan/en', name);
  if (!existsSync(enFile)) {
    if (wanted.length > 0) problems.push(`content/plan/en/${name}: missing`);
    continue;
  }
  try {
    const zh = parseMdxBlocks(read(`content/plan/zh/${name}`), `content/plan/zh/${name}`);
    const enSource = readFileSync(enFile, 'utf8');
    await compile(enSource.replace(/^---\n[\s\S]*?\n---\n/, '')).catch((e: Error) =>
      problems.push(`content/plan/en/${name}: not valid MDX: ${e.message}`),
    );
    const en = parseMdxBlocks(enSource, `content/plan/en/${name}`);
    const file = `content/plan/en/${name}`;
    problems = problems.concat(
      parityProblems(zh, en, file),
      figureProblems(zh, en, file, notes),
      glossaryProblems(zh, en, terms, file),
      rejectedVariantProblems(blockTexts(en), terms, file),
      chineseLeftProblems(en, file),
    );
    checked += 1;
  } catch (error) {
    problems.push((error as Error).message);
  }
}

// One rendering per term across the rest of the English edition.
// Every `en` field of the data files (the glossary's own renderings included; its zh and rejected lists are not English text).
const dataFiles = [
  'content/projects/projects.yml',
  'content/targets/targets.yml',
  'content/indicators/indicators.yml',
  'content/glossary/terms.yml',
  'content/plan/editorial-notes.yml',
];
for (const file of dataFiles) {
  problems = problems.concat(
    rejectedVariantProblems(recordTexts(parse(read(file)) as unknown[]), terms, file),
  );
}
const englishFiles = [
  'content/i18n/en.yml',
  ...readdirSync(join(root, 'content/pages/en'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `content/pages/en/${f}`),
  ...readdirSync(join(root, 'content/reports'))
    .map((d) => `content/reports/${d}/en.md`)
    .filter((f) => existsSync(join(root, f))),
];
for (const file of englishFiles)
  problems = problems.concat(rejectedVariantProblems(lineTexts(read(file)), terms, file));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check-translation: ${checked} chapter(s) OK; no rejected variant in ${dataFiles.length + englishFiles.length} other English file(s)`,
);
