/**
 * What `npm test` does before vitest: the type check and the three builds the tests read (dist/,
 * dist-subpath/, dist-drafts/), one after the other since they share Astro's caches, with the
 * linters running beside them (they only read the sources), so that a second core is not idle
 * while a build runs on one. Stops at the first failure; the linters' output is printed whole
 * once they are done, never mixed into a build's.
 *   node scripts/before-tests.ts
 */
import { spawn, spawnSync } from 'node:child_process';

const STEPS: [string, string[]][] = [
  ['npx', ['astro', 'check']],
  ['npm', ['run', 'build']],
  ['npm', ['run', 'build:subpath']],
  ['npm', ['run', 'build:drafts']],
];

const lint = spawn('npm', ['run', 'lint'], { stdio: ['ignore', 'pipe', 'pipe'] });
let lintOutput = '';
lint.stdout.on('data', (chunk: Buffer) => (lintOutput += chunk.toString()));
lint.stderr.on('data', (chunk: Buffer) => (lintOutput += chunk.toString()));
const linted = new Promise<number>((resolve) => lint.on('close', (code) => resolve(code ?? 1)));

for (const [command, args] of STEPS) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    lint.kill();
    console.error(`npm test: ${[command, ...args].join(' ')} failed; no test was run`);
    process.exit(status ?? 1);
  }
}
const lintStatus = await linted;
process.stdout.write(lintOutput);
if (lintStatus !== 0) {
  console.error('npm test: npm run lint failed; no test was run');
  process.exit(lintStatus);
}
