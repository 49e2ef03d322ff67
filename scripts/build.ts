/**
 * npm run build, atomically: the content check, the site (astro build, search index, open data)
 * and the PDFs are all built (and their text files precompressed) into a new release folder under .build/; only when every step has
 * succeeded does `dist` switch to it, in one step (a symlink renamed over the old one). A failed
 * or killed build leaves the previous site serving untouched. The release before it is kept
 * (pages still open in a browser may ask for its hashed assets); older ones are removed.
 *   npm run build
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { precompress } from './lib/precompress.ts';
import { PAGES_WRITTEN } from '../src/integrations/pages-written.ts';

const RELEASES = '.build';
const PUBLISHED = 'dist';
const bin = (name: string) => join('node_modules', '.bin', name);

mkdirSync(RELEASES, { recursive: true });
const release = `release-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${process.pid}`;
const staging = join(RELEASES, release);

// The PDF printer starts now (Chromium launched while astro builds), prints as soon as astro has
// written the pages ("pages", beside the search index) and links the files once the whole site is
// built ("built"); the content check and astro build run side by side (the check reads files,
// astro is mostly one core). A failed check stops the build at once and its list of problems is
// what staff see; the printer then stops without a word.
const printer = spawn(process.execPath, ['scripts/build-pdf.ts', '--dist', staging, '--wait'], {
  stdio: ['pipe', 'inherit', 'inherit'],
});
const printerDone = exited(printer);
// A printer that has already stopped (no Chromium on this machine) reads nothing more.
printer.stdin!.on('error', () => undefined);
await checkWhileBuilding();
printer.stdin!.end('built\n');
const printed = await printerDone;
if (printed !== 0) {
  console.error(
    `build: scripts/build-pdf.ts failed; ${PUBLISHED}/ is unchanged / PDF 生成失败，${PUBLISHED}/ 未被改动`,
  );
  process.exit(printed);
}
// npm start builds for this machine (LOCAL_SITE: local addresses, never deployed) and serves it
// with scripts/serve.ts, which sends no precompressed files: nothing to compress.
if (process.env['LOCAL_SITE']) {
  console.log(
    'build: a local preview build, not precompressed (npm run build makes the public one)',
  );
} else {
  const packed = precompress(staging);
  console.log(`build: ${packed.files} text file(s) precompressed (.br, .gz) for nginx's *_static`);
}

// The switch: a new symlink renamed over `dist` replaces it in one step.
let previous = publishedRelease();
if (existsSync(PUBLISHED) && !isLink(PUBLISHED)) {
  // A checkout from before atomic builds has a real folder here: moved aside once, and kept.
  previous = `release-0-previous-${process.pid}`;
  renameSync(PUBLISHED, join(RELEASES, previous));
}
const link = join(RELEASES, `.link-${process.pid}`);
symlinkSync(join(RELEASES, release), link);
renameSync(link, PUBLISHED);

// Keep this release and the one before it; remove the rest.
const keep = new Set([release, previous].filter(Boolean));
for (const name of readdirSync(RELEASES))
  if (!keep.has(name)) rmSync(join(RELEASES, name), { recursive: true, force: true });
console.log(
  `build: ${PUBLISHED}/ → ${staging} (the previous release is kept until the next build)`,
);

function exited(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/** Stops the printer (whatever it was printing, into the staging folder), then the build, leaving dist/ as it was. */
async function stopBuild(code: number): Promise<never> {
  printer.stdin!.end();
  await printerDone;
  process.exit(code);
}

async function checkWhileBuilding(): Promise<void> {
  const check = spawn(process.execPath, ['scripts/check-content.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let report = '';
  check.stdout!.on('data', (chunk: Buffer) => (report += chunk.toString()));
  check.stderr!.on('data', (chunk: Buffer) => (report += chunk.toString()));
  // A message channel beside the output: src/integrations/pages-written.ts says when the pages are there.
  const astro = spawn(process.execPath, [bin('astro'), 'build', '--outDir', staging], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  astro.on('message', (message) => {
    if (message === PAGES_WRITTEN) printer.stdin!.write('pages\n');
  });
  const astroDone = exited(astro);
  const checkCode = await exited(check);
  process.stdout.write(report);
  if (checkCode !== 0) {
    astro.kill('SIGTERM');
    await astroDone;
    console.error(
      `build: the content check failed (above); ${PUBLISHED}/ is unchanged / 内容检查未通过（见上），${PUBLISHED}/ 未被改动`,
    );
    await stopBuild(checkCode);
  }
  const astroCode = await astroDone;
  if (astroCode !== 0) {
    console.error(
      `build: astro build failed; ${PUBLISHED}/ is unchanged / 构建失败，${PUBLISHED}/ 未被改动`,
    );
    await stopBuild(astroCode);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The release `dist` points to now (by name), if it is a link into .build/. */
function publishedRelease(): string | undefined {
  if (!isLink(PUBLISHED)) return undefined;
  const target = readlinkName(PUBLISHED);
  return target?.startsWith(`${RELEASES}/`) ? target.slice(RELEASES.length + 1) : undefined;
}

function readlinkName(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
