/** An Astro loader for a YAML list of records, validated at the door with file-and-field errors. */
import type { Loader } from 'astro/loaders';
import { parseYaml, validateRecords, type Schema } from '../lib/core/records.ts';
import { readText } from '../lib/core/text-file.ts';
import { loadAndWatch } from './watch.ts';

/** Loads `file` (relative to the project root) as records of `kind`, validated by `schema`; re-read in dev when it or a file in `dependsOn` changes. */
export function recordsLoader<T extends { id: string }>(
  file: string,
  kind: string,
  schema: Schema<T>,
  dependsOn: readonly string[] = [],
): Loader {
  return {
    name: `records:${file}`,
    load: async (context) => {
      const { store, parseData } = context;
      await loadAndWatch(context, [file, ...dependsOn], async () => {
        const records = validateRecords(file, kind, parseYaml(file, readText(file)), schema);
        store.clear();
        for (const record of records) {
          store.set({
            id: record.id,
            data: await parseData({ id: record.id, data: record as Record<string, unknown> }),
            filePath: file,
          });
        }
      });
    },
  };
}
