/**
 * Serves dist/ (base /), dist-subpath/ (base /some/prefix/) and dist-drafts/ (the preview build,
 * drafts rendered in full) through nginx for the browser tests.
 */
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';
import { startNginx, type Served } from '../../scripts/lib/nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    subpathOrigin: string;
    draftsOrigin: string;
  }
}

export const SUBPATH = '/some/prefix/';

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const servers: Served[] = [
    await startNginx(resolve(root, 'dist'), '/'),
    await startNginx(resolve(root, 'dist-subpath'), SUBPATH),
    await startNginx(resolve(root, 'dist-drafts'), '/'),
  ];
  project.provide('origin', servers[0]!.origin);
  project.provide('subpathOrigin', servers[1]!.origin);
  project.provide('draftsOrigin', servers[2]!.origin);
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
}
