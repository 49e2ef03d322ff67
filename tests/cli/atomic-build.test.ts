/**
 * npm run build never leaves the public site half-written: a build killed part-way, or stopped by
 * a content error, leaves `dist` exactly as it was (a previous release, here a marked stand-in);
 * only a build that finished switches `dist`, in one step (tests/cli/drafts.test.ts builds fully).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawn, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { edit, sandbox, WHOLE_SITE } from './sandbox.ts';
import { cleanEnv } from './serve.ts';

let box: ReturnType<typeof sandbox> | undefined;
afterEach(() => box?.remove());

/** A previous release that `dist` points to, with a marker page. */
function previousRelease(dir: string): void {
  mkdirSync(join(dir, '.build/release-previous'), { recursive: true });
  writeFileSync(join(dir, '.build/release-previous/index.html'), '<p>previous release</p>');
  symlinkSync('.build/release-previous', join(dir, 'dist'));
}
const env = (dir: string) => ({
  ...cleanEnv(),
  PATH: `${join(dir, 'node_modules/.bin')}:${process.env['PATH']}`,
});
const untouched = (dir: string) => {
  expect(readlinkSync(join(dir, 'dist'))).toBe('.build/release-previous');
  expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('<p>previous release</p>');
};

/** Processes still working in the sandbox (the PDF printer and its Chromium start beside astro). */
function processesIn(dir: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(dir);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').slice(0, 120);
      } catch {
        return pid;
      }
    });
}
/** Waits (up to a few seconds: a browser whose driver was killed closes itself) until none are left. */
async function noProcessesLeftIn(dir: string): Promise<string[]> {
  for (let i = 0; i < 100 && processesIn(dir).length > 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  return processesIn(dir);
}

describe('an atomic build', () => {
  it('leaves the previous site untouched when killed while pages are being written', async () => {
    box = sandbox(WHOLE_SITE);
    const { dir } = box;
    previousRelease(dir);
    const child = spawn('npm', ['run', 'build'], { cwd: dir, env: env(dir), detached: true });
    let output = '';
    const killed = new Promise<void>((resolve) => {
      const watch = (data: Buffer) => {
        output += String(data);
        // Astro is writing pages: kill the whole build (npm, node, astro) there.
        if (/generating static routes|▶ src\/pages/.test(output)) {
          process.kill(-child.pid!, 'SIGKILL');
          resolve();
        }
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      child.on('exit', () => resolve());
    });
    await killed;
    await new Promise((r) => setTimeout(r, 500));
    expect(output).toMatch(/generating static routes|▶ src\/pages/);
    untouched(dir);
    expect(await noProcessesLeftIn(dir)).toEqual([]);
  }, 180_000);

  it('leaves the previous site untouched when the content has an error', async () => {
    box = sandbox(WHOLE_SITE);
    const { dir } = box;
    previousRelease(dir);
    edit(dir, 'content/reports/2023-midterm/report.yml', '\nstate: draft', '\nstate: drafted');
    let failed = false;
    let output = '';
    try {
      execFileSync('npm', ['run', 'build'], { cwd: dir, env: env(dir), stdio: 'pipe' });
    } catch (error) {
      failed = true;
      const e = error as { stdout: Buffer; stderr: Buffer };
      output = `${e.stdout}${e.stderr}`;
    }
    expect(failed).toBe(true);
    // The check runs beside astro build: its list names the file, and stops the build at once.
    expect(output).toContain('content/reports/2023-midterm/report.yml');
    expect(output).toContain('内容检查未通过');
    expect(output).not.toMatch(/generating static routes/);
    // No PDF step runs after a failed check, and nothing prints a stack trace.
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/^pdf: /m);
    untouched(dir);
    expect(existsSync(join(dir, '.build/release-previous/index.html'))).toBe(true);
    // The printer that started beside the check has stopped, its browser closed.
    expect(await noProcessesLeftIn(dir)).toEqual([]);
  });
});
