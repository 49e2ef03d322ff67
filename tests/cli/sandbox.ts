/** A throw-away copy of the project (content, scripts, sources, seed) in which commands can break and change things. */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** Copies what commands need into a new temporary folder; `remove()` deletes it. */
export function sandbox(parts = ['content', 'scripts', 'src', 'seeds']): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'qdn-cli-'));
  for (const part of parts) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a project script with Node (the project's Node 24) in `cwd`; the exit code and all output. */
export function node(cwd: string, script: string, ...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(cwd, script), ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}
