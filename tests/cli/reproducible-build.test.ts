/**
 * Two runs of `npm run build` on the same sources give byte-identical releases: every page, asset,
 * search file, open-data file, precompressed twin and PDF. The first run starts without caches
 * (as a fresh clone, CI and a deploy do), the second reuses them. The build's output carries no
 * warnings, so that a real one is seen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';
import { sandbox, WHOLE_SITE } from './sandbox.ts';
import { cleanEnv } from './serve.ts';

let box: ReturnType<typeof sandbox> | undefined;
afterEach(() => box?.remove());

/** path → sha256 of every file under dir. */
function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir, '').map((f) => [
      relative(dir, f),
      createHash('sha256').update(readFileSync(f)).digest('hex'),
    ]),
  );
}

describe('npm run build, twice', () => {
  it('writes the same bytes both times, PDFs included, and prints no warnings', () => {
    box = sandbox(WHOLE_SITE);
    const { dir } = box;
    const env = { ...cleanEnv(), PATH: `${join(dir, 'node_modules/.bin')}:${process.env['PATH']}` };
    const logs: string[] = [];
    for (let run = 0; run < 2; run++) {
      const result = spawnSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      logs.push(result.stdout + result.stderr);
    }
    // The second build keeps the first release beside its own: both are compared.
    const releases = readdirSync(join(dir, '.build')).filter((name) => name.startsWith('release-'));
    expect(releases).toHaveLength(2);
    const [a, b] = releases.map((name) => digest(join(dir, '.build', name)));
    const files = Object.keys(a!);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.endsWith('.html.br')).length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(files.some((f) => f.startsWith('data/') && f.endsWith('.csv'))).toBe(true);
    const differing = Object.keys({ ...a, ...b }).filter((f) => a![f] !== b![f]);
    expect(differing).toEqual([]);
    for (const log of logs) {
      const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b:/i.test(line));
      expect(warnings).toEqual([]);
    }
  }, 600_000);
});
