/** Two builds of the same commit are byte-identical (pages, assets, search index, open data). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { filesUnder } from '../../src/lib/files.ts';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** path → sha256 of every file under dir. */
function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir, '').map((f) => [
      relative(dir, f),
      createHash('sha256').update(readFileSync(f)).digest('hex'),
    ]),
  );
}

describe('reproducible build', () => {
  it('gives the same bytes twice', () => {
    const dirs = [
      mkdtempSync(join(tmpdir(), 'qdn-build-a-')),
      mkdtempSync(join(tmpdir(), 'qdn-build-b-')),
    ];
    try {
      for (const dir of dirs)
        execFileSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dir], {
          cwd: root,
          stdio: 'pipe',
        });
      const [a, b] = dirs.map(digest);
      expect(Object.keys(a!).length).toBeGreaterThan(300);
      const differing = Object.keys({ ...a, ...b }).filter((f) => a![f] !== b![f]);
      expect(differing).toEqual([]);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
