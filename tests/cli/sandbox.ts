/** A throwaway copy of the project in which to run its commands and break things. */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');

export interface Sandbox {
  dir: string;
  /** Runs a script of the copy with Node; the exit code and what it printed (stdout, or stderr on failure). */
  run: (script: string, ...args: string[]) => { code: number; out: string };
  /** Replaces text in a file of the copy; throws when the text is not there, so a test cannot edit nothing. */
  edit: (path: string, from: string, to: string) => void;
  remove: () => void;
}

/** Copies the named top-level folders (content, scripts, src, …) and links node_modules. */
export function sandbox(parts: string[] = ['content', 'scripts', 'src', 'seeds']): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'qdn-cli-'));
  for (const part of parts) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    run: (script, ...args) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    },
    edit: (path, from, to) => {
      const text = readFileSync(join(dir, path), 'utf8');
      if (!text.includes(from)) throw new Error(`${path} does not contain "${from}"`);
      writeFileSync(join(dir, path), text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
