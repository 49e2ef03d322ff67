/**
 * PDF dates come from SOURCE_DATE_EPOCH (or the last commit), never from the clock
 * (tests/cli/reproducible-build.test.ts builds the whole site twice and compares every file).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const render = (out: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, ['scripts/build-pdf.ts', '--out', out], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, ...env },
  });

describe('the PDFs', () => {
  it('are dated by SOURCE_DATE_EPOCH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qdn-pdf-'));
    try {
      const epoch = { SOURCE_DATE_EPOCH: '1663632000' }; // 2022-09-20
      render(join(dir, 'a'), epoch);
      const files = readdirSync(join(dir, 'a')).filter((f) => f.endsWith('.pdf'));
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) {
        const a = readFileSync(join(dir, 'a', file));
        expect(a.toString('latin1')).toContain('/CreationDate (D:20220920000000Z)');
        expect(a.toString('latin1')).toContain('/ModDate (D:20220920000000Z)');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
