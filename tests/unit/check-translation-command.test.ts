/** npm run check:translation: passes on the English edition and names every drifted rendering. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** A copy of the project's content and scripts in which to plant drift. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qdn-translation-'));
  for (const part of ['content', 'scripts', 'src']) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const run = (dir: string) => {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/check-translation.ts'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
};
const edit = (dir: string, path: string, from: string, to: string) => {
  const text = readFileSync(join(dir, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain "${from}"`);
  writeFileSync(join(dir, path), text.replace(from, to));
};

describe('npm run check:translation', () => {
  it('passes on the English edition', () => {
    const dir = sandbox();
    try {
      expect(run(dir)).toMatchObject({ code: 0, out: expect.stringContaining('13 chapter(s) OK; no rejected variant') });
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 60_000);

  it('fails on a rejected variant in a chapter, a register and an interface string, naming file, id and variant', () => {
    const dir = sandbox();
    try {
      edit(dir, 'content/plan/en/08.mdx', 'diesel trucks meeting China III emission standards', 'diesel trucks meeting national Stage III emission standards');
      edit(dir, 'content/projects/projects.yml', 'en: "acid mine water treatment project for coal mines in the Baisha River basin, Majiang County"', 'en: "treatment of acidic wastewater in the Baisha River basin, Majiang County"');
      writeFileSync(join(dir, 'content/i18n/en.yml'), `${readFileSync(join(dir, 'content/i18n/en.yml'), 'utf8')}\ndriftedKey: Ecological civilization construction\n`);
      const result = run(dir);
      expect(result.code).toBe(1);
      expect(result.out).toContain('content/plan/en/08.mdx: c8-s2-p3 has “national Stage III”, a rejected variant of 国家第三阶段');
      expect(result.out).toContain('content/projects/projects.yml: "box-4-majiang-baisha-river-acid-mine-water", field "name.en" has “acidic wastewater”');
      expect(result.out).toMatch(/content\/i18n\/en\.yml: line \d+ has “Ecological civilization construction”/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 60_000);
});
