/** Loads every report folder under content/reports/, validated by src/schemas/report.ts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../lib/records.ts';
import { validateReport } from '../schemas/report.ts';
import { loadReportRefs } from '../schemas/load-refs.ts';

export const REPORTS_DIR = 'content/reports';

/** Reads and validates one report folder (relative to `root`). */
export function readReport(root: string, name: string) {
  const folder = `${REPORTS_DIR}/${name}`;
  const read = (file: string) => {
    const path = join(root, folder, file);
    if (!existsSync(path)) throw new Error(`${folder}/${file} is missing (npm run report:new creates it)`);
    return parseYaml(`${folder}/${file}`, readFileSync(path, 'utf8'));
  };
  return validateReport(folder, read('report.yml'), read('values.yml'), loadReportRefs(root));
}

/** Names of the report folders. */
export function reportFolders(root = '.'): string[] {
  const dir = join(root, REPORTS_DIR);
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}

export function reportsLoader(): Loader {
  return {
    name: 'reports',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const name of reportFolders()) {
        const report = readReport('.', name);
        store.set({ id: name, data: await parseData({ id: name, data: report as unknown as Record<string, unknown> }) });
      }
    },
  };
}
