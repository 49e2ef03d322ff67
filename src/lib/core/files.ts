/** Files of a built site, for the search indexer and the tests that read dist/. */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Paths (absolute, sorted) of the files under `dir` ending in `ext`, leaving out the named top-level folders. */
export function filesUnder(dir: string, ext: string, skip: string[] = []): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !skip.some((folder) => path.startsWith(join(dir, folder) + sep)))
    .sort();
}
