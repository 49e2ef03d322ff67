/** Every command the staff guide tells staff to run is one that a test runs, so the guide cannot drift from what works. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const guide = read('docs/staff-guide.md');
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

/** Where each command is run by a test, and the text in that test that runs it. */
const TESTED: Record<string, { file: string; runs: string }> = {
  // The install: CI runs it on every clean clone before the tests.
  setup: { file: '.ci/run', runs: 'npm run setup' },
  'report:new': { file: 'tests/cli/new-report.test.ts', runs: 'scripts/new-report.ts' },
  'report:template': {
    file: 'tests/cli/report-spreadsheet.test.ts',
    runs: 'scripts/report-template.ts',
  },
  'report:import': {
    file: 'tests/cli/report-spreadsheet.test.ts',
    runs: 'scripts/report-import.ts',
  },
  check: { file: 'tests/cli/check-content.test.ts', runs: 'scripts/check-content.ts' },
  build: { file: 'tests/cli/drafts.test.ts', runs: "['run', 'build']" },
  dev: { file: 'tests/cli/dev.test.ts', runs: "serve(box.dir, 'dev'" },
  'preview:drafts': { file: 'tests/cli/drafts.test.ts', runs: "serve(box.dir, 'preview:drafts'" },
};

/** `npm run x`, and the npm commands that run scripts without `run` (npm install only sets up). */
const commands = [
  ...new Set(
    [...guide.matchAll(/\bnpm (?:run ([a-z:-]+)|(start|test)\b)/g)].map((m) => (m[1] ?? m[2])!),
  ),
];

describe('docs/staff-guide.md', () => {
  it('names commands (the extraction works)', () =>
    expect(commands).toEqual(
      expect.arrayContaining(['report:template', 'report:import', 'check', 'dev']),
    ));
  it.each(commands)('npm run %s exists and is run by a test', (command) => {
    expect(scripts[command], `package.json has the script ${command}`).toBeDefined();
    const tested = TESTED[command];
    expect(tested, `a test runs npm run ${command}`).toBeDefined();
    // White space aside: a formatter may break the call across lines.
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(squash(read(tested!.file))).toContain(squash(tested!.runs));
    if (tested!.runs.startsWith('scripts/')) expect(scripts[command]).toContain(tested!.runs);
  });
});
