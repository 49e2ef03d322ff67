/** npm run check: validates all content without building, and names every mistake. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** A copy of the project's content and scripts in which to break things. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qdn-check-'));
  for (const part of ['content', 'scripts', 'src', 'seeds']) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const run = (dir: string) => {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
};

describe('npm run check', () => {
  // How long it takes is a budget of npm run bench, not an assertion here.
  it('passes on the published content', () => {
    const dir = sandbox();
    try {
      expect(run(dir)).toMatchObject({ code: 0, out: expect.stringContaining('all content is valid (2 report(s))') });
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
  it('fails with the file, the item and the field when staff make a mistake', () => {
    const dir = sandbox();
    try {
      const values = join(dir, 'content/reports/2023-midterm/values.yml');
      writeFileSync(values, readFileSync(values, 'utf8').replace('  - id: forest-coverage\n    value: pending', '  - id: forest-coverage\n    value: 69.1'));
      const result = run(dir);
      expect(result.code).toBe(1);
      expect(result.out).toContain('content/reports/2023-midterm/values.yml: indicator "forest-coverage", field "source": a reported value needs its source');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
