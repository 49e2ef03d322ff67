/**
 * Checks English chapters against their Chinese twins (ids, order, figures, no Chinese left).
 *
 *   node scripts/check-translation.ts        every chapter that has an English file
 *   node scripts/check-translation.ts 5 12   only chapters 5 and 12
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseMdxBlocks } from '../src/lib/mdx-blocks.ts';
import { chineseLeftProblems, figureProblems, parityProblems } from '../src/lib/translation-checks.ts';

const root = new URL('..', import.meta.url).pathname;
const wanted = process.argv.slice(2).map(Number);
const chapters = wanted.length > 0 ? wanted : Array.from({ length: 13 }, (_, i) => i + 1);
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
    const zh = parseMdxBlocks(readFileSync(join(root, 'content/plan/zh', name), 'utf8'), `content/plan/zh/${name}`);
    const enSource = readFileSync(enFile, 'utf8');
    await compile(enSource.replace(/^---\n[\s\S]*?\n---\n/, '')).catch((e: Error) => problems.push(`content/plan/en/${name}: not valid MDX: ${e.message}`));
    const en = parseMdxBlocks(enSource, `content/plan/en/${name}`);
    const file = `content/plan/en/${name}`;
    problems = problems.concat(parityProblems(zh, en, file), figureProblems(zh, en, file), chineseLeftProblems(en, file));
    checked += 1;
  } catch (error) {
    problems.push((error as Error).message);
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`check-translation: ${checked} chapter(s) OK`);
