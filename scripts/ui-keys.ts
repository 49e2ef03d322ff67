/**
 * Writes src/i18n/ui-keys.ts (the typed keys of the interface strings) from content/i18n/zh-CN.yml.
 * `npm run ui-keys` writes it; `npm run ui-keys -- --check` exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { uiKeysSource } from '../src/lib/translation/ui-keys-source.ts';

const SOURCE = 'content/i18n/zh-CN.yml';
const TARGET = 'src/i18n/ui-keys.ts';

/** The generated text for the current strings file. */
export function expectedUiKeys(dir = '.'): string {
  return uiKeysSource(
    parse(readFileSync(`${dir}/${SOURCE}`, 'utf8')) as Record<string, unknown>,
    SOURCE,
  );
}

/** Problems with the committed file (empty when up to date). */
export function uiKeysProblems(dir = '.'): string[] {
  let current = '';
  try {
    current = readFileSync(`${dir}/${TARGET}`, 'utf8');
  } catch {
    /* missing: reported below */
  }
  return current === expectedUiKeys(dir)
    ? []
    : [
        `${TARGET}: out of date with ${SOURCE} (keys added, removed or placeholders changed): run npm run ui-keys`,
      ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const problems = uiKeysProblems();
    for (const p of problems) console.error(p);
    process.exit(problems.length ? 1 : 0);
  }
  writeFileSync(TARGET, expectedUiKeys());
  console.log(`wrote ${TARGET}`);
}
