/**
 * The plan's chapters, content/plan/<lang>/NN.mdx: the front matter validated at the door (the
 * collection's schema), the whole file kept as the entry's body for src/data/chapters.ts to read
 * as blocks (src/lib/plan/mdx-blocks.ts, which refuses anything outside the chapter format, with
 * the file's own line numbers). The files are not compiled into MDX modules: the chapter format is
 * data, rendered by components (src/components/ChapterBody.astro), so the text never runs as
 * code and the build does not bundle a module per chapter.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { localeKeys } from '../i18n/locales.ts';
import { DataError, parseYaml } from '../lib/core/records.ts';
import { readText } from '../lib/core/text-file.ts';
import { frontMatterText } from '../lib/plan/mdx-blocks.ts';
import { loadAndWatch } from './watch.ts';

const folderOf = (lang: string) => `content/plan/${lang}`;

export function chaptersLoader(): Loader {
  return {
    name: 'chapters',
    load: async (context) => {
      const { store, parseData, generateDigest } = context;
      await loadAndWatch(context, localeKeys.map(folderOf), async () => {
        store.clear();
        for (const lang of localeKeys) {
          const folder = folderOf(lang);
          if (!existsSync(folder)) continue;
          for (const name of readdirSync(folder)
            .filter((f) => f.endsWith('.mdx'))
            .sort()) {
            const filePath = `${folder}/${name}`;
            const source = readText(filePath);
            let yaml: string;
            try {
              yaml = frontMatterText(source);
            } catch (error) {
              throw new DataError([`${filePath}: ${(error as Error).message}`]);
            }
            const id = `${lang}/${name.replace(/\.mdx$/, '')}`;
            const data = (parseYaml(filePath, yaml) ?? {}) as Record<string, unknown>;
            store.set({
              id,
              data: await parseData({ id, data, filePath }),
              body: source,
              filePath,
              digest: generateDigest(source),
            });
          }
        }
      });
    },
  };
}
