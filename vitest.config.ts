import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/slow-first.ts';

export default defineConfig({
  test: {
    // One test file per core (vitest's default leaves one core free: on a 2-core machine every
    // file ran after the other). Most files wait on what they start (a build, a browser, a
    // server), so two at a time on two cores took the suite from 491 s to 410 s here; each
    // project's timeouts are set for a busy machine.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
    env: {
      // The public address the built test sites carry (a public build refuses to run without one).
      SITE_URL: 'https://example.invalid',
      // The commands the tests run (hundreds of Node starts, each loading the same modules) keep
      // Node's compiled code between runs, as astro's own bin does: the command tests take a
      // fifth less time. The cache is checked against each module's source, never stale.
      NODE_COMPILE_CACHE: join(import.meta.dirname, 'node_modules/.cache/node-compile'),
    },
    projects: [
      // Pure functions: vitest's default timeout. They share one module graph (no per-file
      // isolation: nothing of theirs keeps state between files; the same 518 tests pass in a
      // shuffled order), which takes them from 18 s to 5 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // Tests that run the project's commands (check, report scaffold, import) in a copy of the
      // project: each spawns Node and reads every content file, slow on a busy 2-core machine.
      { test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 180_000 } },
      // Tests that read every built page (html-validate, link check) take tens of seconds there.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
