/** The install: npm's engine warnings that do not apply are left out, and the Node that runs the project is the one the lock pins. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { pinnedNode, withoutSatisfiedEngineWarnings } from '../../scripts/lib/engine-warnings.mjs';

const root = join(import.meta.dirname, '../..');
const block = (pkg: string, required: string) => [
  'npm warn EBADENGINE Unsupported engine {',
  `npm warn EBADENGINE   package: '${pkg}',`,
  `npm warn EBADENGINE   required: ${required},`,
  "npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }",
  'npm warn EBADENGINE }',
];

describe('engine warnings during setup', () => {
  const filter = (lines: string[]) =>
    withoutSatisfiedEngineWarnings(lines, '24.21.0', (v, r) => semver.satisfies(v, r));
  it('leaves out a warning whose range the pinned Node satisfies', () => {
    const { kept, dropped } = filter([
      ...block('astro@7.3.5', "{ node: '>=22.12.0' }"),
      ...block('vite@8.4.0', "{ node: '^20.19.0 || >=22.12.0' }"),
      'added 1011 packages in 1m',
    ]);
    expect(kept).toEqual(['added 1011 packages in 1m']);
    expect(dropped).toBe(2);
  });
  it('keeps a warning the pinned Node would fail too, and every other warning', () => {
    const future = block('next-thing@1.0.0', "{ node: '>=26' }");
    const npmOnly = block('old-thing@1.0.0', "{ npm: '>=99' }");
    const other = 'npm warn deprecated inflight@1.0.6: This module is not supported';
    const { kept, dropped } = filter([...future, other, ...npmOnly]);
    expect(kept).toEqual([...future, other, ...npmOnly]);
    expect(dropped).toBe(0);
  });
});

describe('the pinned Node', () => {
  const lock = readFileSync(join(root, 'package-lock.json'), 'utf8');
  it('is recorded in the lock file and is the Node that runs the project and its tests', () => {
    const version = pinnedNode(lock);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(
      semver.satisfies(
        version!,
        JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node,
      ),
    ).toBe(true);
    expect(process.version).toBe(`v${version}`);
    const binary = execFileSync(join(root, 'node_modules/.bin/node'), ['--version'], {
      encoding: 'utf8',
    }).trim();
    expect(binary).toBe(`v${version}`);
  });
  it('is pinned to one exact version in package.json, so that the lock cannot drift', () => {
    const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
      .node;
    expect(declared).toBe(pinnedNode(lock));
  });
});
