/** An Astro loader for a YAML list of records, validated at the door with file-and-field errors. */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { parseYaml, validateRecords, type Schema } from '../lib/records.ts';

/** Loads `file` (relative to the project root) as records of `kind`, validated by `schema`. */
export function recordsLoader<T extends { id: string }>(file: string, kind: string, schema: Schema<T>): Loader {
  return {
    name: `records:${file}`,
    load: async ({ store, parseData }) => {
      const records = validateRecords(file, kind, parseYaml(file, readFileSync(file, 'utf8')), schema);
      store.clear();
      for (const record of records) {
        store.set({ id: record.id, data: await parseData({ id: record.id, data: record as Record<string, unknown> }), filePath: file });
      }
    },
  };
}
