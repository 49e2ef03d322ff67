/** A throw-away copy of the project (content, scripts, sources, seed) in which commands can break and change things. */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** What a build of the whole site needs: the parts to copy for `npm run build` or `npm run dev` in a sandbox. */
export const WHOLE_SITE = [
  'content',
  'scripts',
  'src',
  'seeds',
  'public',
  'astro.config.mjs',
  'deploy',
  'package.json',
  'tsconfig.json',
  '.npmrc',
];

/** Copies what commands need into a new temporary folder; `remove()` deletes it. */
export function sandbox(parts = ['content', 'scripts', 'src', 'seeds']): {
  dir: string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'qdn-cli-'));
  for (const part of parts) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  // Every package linked, but caches (node_modules/.astro, .vite) of its own: builds in a sandbox
  // must not share Astro's content store with the checkout or with each other.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry))
      symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a project script with Node (the project's Node 24) in `cwd`; the exit code and all output. */
export function node(
  cwd: string,
  script: string,
  ...args: string[]
): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(cwd, script), ...args], {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/** Replaces text in a file of a sandbox; throws when the text is not there, so a test cannot edit nothing. */
export function edit(dir: string, path: string, from: string, to: string): void {
  const text = readFileSync(join(dir, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain "${from}"`);
  writeFileSync(join(dir, path), text.replace(from, to));
}

/**
 * A temporary copy of the preview build (npm run build:drafts: an Astro build with no PDF step
 * after it), without PDF files: a site for build-pdf to print into. Remove it when done.
 */
export function unprintedSiteCopy(prefix: string): string {
  const site = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'dist-drafts'), site, { recursive: true });
  rmSync(join(site, 'pdf'), { recursive: true, force: true });
  return site;
}
