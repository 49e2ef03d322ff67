/**
 * Two runs of `npm run build` on the same sources give byte-identical releases: every page, asset,
 * search file, open-data file, precompressed twin and PDF. One run is the checkout's own dist/
 * (built by `npm test` before the tests; in CI a fresh clone's build), the other a build in a
 * copy of the project in another folder, without any cache, as a fresh clone or a deploy makes
 * it. That build's output carries no warnings, so that a real one is seen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/lib/core/files.ts';
import { ROOT, sandbox, WHOLE_SITE } from './sandbox.ts';
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
  it("writes the same bytes as the checkout's build, PDFs included, and prints no warnings", () => {
    box = sandbox(WHOLE_SITE);
    const { dir } = box;
    // The same history as the checkout: the dates a build takes from git (the PDFs' dates, the
    // content's last change on the About page) are the checkout's, read-only.
    symlinkSync(join(ROOT, '.git'), join(dir, '.git'));
    const env = { ...cleanEnv(), PATH: `${join(dir, 'node_modules/.bin')}:${process.env['PATH']}` };
    const result = spawnSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const a = digest(realpathSync(join(ROOT, 'dist')));
    const b = digest(realpathSync(join(dir, 'dist')));
    const files = Object.keys(b);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.endsWith('.html.br')).length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(files.some((f) => f.startsWith('data/') && f.endsWith('.csv'))).toBe(true);
    const differing = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
    expect(
      differing,
      'dist/ differs from a fresh build of the same sources (if you changed them since, run SITE_URL=https://example.invalid npm run build first)',
    ).toEqual([]);
    const log = result.stdout + result.stderr;
    const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b:/i.test(line));
    expect(warnings).toEqual([]);
  }, 600_000);
});
