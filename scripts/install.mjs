/**
 * npm run setup: installs exactly what package-lock.json records (`npm ci`), printing npm's
 * output without the engine warnings that do not apply (see lib/engine-warnings.mjs).
 *   npm run setup
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pinnedNode, withoutSatisfiedEngineWarnings } from './lib/engine-warnings.mjs';

const pinned = pinnedNode(readFileSync('package-lock.json', 'utf8'));
/** npm's own semver (npm is what runs this script), so nothing needs to be installed first. */
const satisfies = (() => {
  try {
    const semver = createRequire(process.env.npm_execpath ?? import.meta.url)('semver');
    return (/** @type {string} */ version, /** @type {string} */ range) =>
      semver.satisfies(version, range);
  } catch {
    return () => false; // without semver, every warning is printed
  }
})();

const npm = spawn('npm', ['ci', '--no-audit', '--no-fund', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe'],
});
/** @type {string[]} */
const block = [];
let dropped = 0;
createInterface({ input: npm.stderr }).on('line', (line) => {
  // Engine warnings come in blocks of lines; anything else goes out at once.
  block.push(line);
  if (/^npm warn EBADENGINE\b/.test(line) && !/^npm warn EBADENGINE }\s*$/.test(line)) return;
  const result = withoutSatisfiedEngineWarnings(block.splice(0), pinned ?? '0.0.0', satisfies);
  dropped += result.dropped;
  for (const kept of result.kept) process.stderr.write(`${kept}\n`);
});
npm.on('close', (code) => {
  for (const kept of block) process.stderr.write(`${kept}\n`);
  if (dropped)
    console.log(
      `setup: ${dropped} engine warning(s) of npm left out: they name Node ${process.version}, which runs npm; the site runs on Node ${pinned} from the lock file`,
    );
  process.exit(code ?? 1);
});
