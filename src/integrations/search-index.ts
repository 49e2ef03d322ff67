/**
 * Builds the search index with pagefind's Node API after Astro has written the site: one index
 * per language, one record per section (see src/lib/search/search-records.ts), Chinese folded to
 * simplified characters. Then the search aids beside it (src/lib/search/search-aids.ts). Any error from
 * pagefind, or in the synonyms file, fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { recordsOfPage, type SearchRecord } from '../lib/search/search-records.ts';
import { SEARCHABLE_MARKER } from '../lib/search/search-contract.ts';
import { filesUnder } from '../lib/core/files.ts';
import { fold } from '../lib/search/search-fold.ts';
import { traditionalToSimplified } from '../lib/search/search-fold-table.ts';
import { searchFiles, type GlossaryEntry, type IndicatorEntry } from '../lib/search/search-aids.ts';
import { parseYaml, validateRecords } from '../lib/core/records.ts';
import { synonymSchema } from '../schemas/synonyms.ts';

const yamlFile = (path: string) => parseYaml(path, readFileSync(path, 'utf8'));

function check(step: string, response: { errors: string[] }) {
  if (response.errors.length > 0)
    throw new Error(`pagefind ${step}: ${response.errors.join('; ')}`);
}

/** Word locations per index chunk. */
const INDEX_CHUNK_LOCATIONS = 1500;

/** The search aids and terms files, from the records' text, the synonyms, the glossary and the indicators. */
function searchAids(
  records: SearchRecord[],
  synonyms: Parameters<typeof searchFiles>[1],
  foldText: (text: string) => string,
  foldTable: ReturnType<typeof traditionalToSimplified>,
): ReturnType<typeof searchFiles> {
  const texts = records.map((r) => ({
    language: r.language,
    text: foldText(`${r.meta.title} ${r.meta.text}`),
  }));
  const glossary = yamlFile('content/glossary/terms.yml') as GlossaryEntry[];
  const indicators = yamlFile('content/indicators/indicators.yml') as IndicatorEntry[];
  return searchFiles(texts, synonyms, glossary, indicators, foldTable);
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Smaller index chunks (pagefind's default is 20,000 word locations): a Chinese query
        // touches several chunks, and the first query must stay within its download budget.
        // The variable is pagefind's own (unstable, read by the pinned 1.6 binary).
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_LOCATIONS);
        const out = fileURLToPath(dir);
        const synonyms = validateRecords(
          'content/glossary/synonyms.yml',
          'synonym',
          yamlFile('content/glossary/synonyms.yml'),
          synonymSchema,
        );
        const foldTable = traditionalToSimplified();
        const foldText = (text: string) => fold(text, foldTable);
        const { index, errors } = await createIndex({});
        let records: SearchRecord[] = [];
        let aidFiles: ReturnType<typeof searchFiles> | undefined;
        const at = { parsed: started, added: started }; // when reading the pages and adding the records ended
        try {
          check('createIndex', { errors });
          // Each page's records go to pagefind's process as soon as the page is read, so that it
          // takes them in while the next pages are read. The index does not depend on arrival order
          // (the build is byte-for-byte reproducible; a test checks it).
          const added: ReturnType<NonNullable<typeof index>['addCustomRecord']>[] = [];
          records = filesUnder(out, '.html').flatMap((file) => {
            const html = readFileSync(file, 'utf8');
            if (!html.includes(SEARCHABLE_MARKER)) return []; // not a searchable page: skip parsing it
            const ofPage = recordsOfPage(
              html,
              `${base}${relative(out, file).replace(/index\.html$/, '')}`,
              foldText,
            );
            for (const record of ofPage) added.push(index!.addCustomRecord(record));
            return ofPage;
          });
          at.parsed = performance.now();
          const responses = await Promise.all(added);
          responses.forEach((response, i) => check(`record ${records[i]!.url}`, response));
          at.added = performance.now();
          // pagefind writes the index in its own process; the search aids are worked out meanwhile.
          const written = index!.writeFiles({ outputPath: join(out, 'pagefind') });
          aidFiles = searchAids(records, synonyms, foldText, foldTable);
          check('writeFiles', await written);
        } finally {
          // pagefind runs as a child process: end it whether or not indexing failed.
          await close();
        }
        // Beside the index, so that the download budget of a search counts them too.
        const { aids, terms } = aidFiles;
        writeFileSync(join(out, 'pagefind', 'search-aids.json'), JSON.stringify(aids));
        writeFileSync(join(out, 'pagefind', 'search-terms.json'), JSON.stringify(terms));
        const ms = (from: number, to: number) => Math.round(to - from);
        logger.info(
          `indexed ${records.length} sections in ${ms(started, performance.now())} ms (reading pages ${ms(started, at.parsed)}, adding ${ms(at.parsed, at.added)}, writing ${ms(at.added, performance.now())})`,
        );
      },
    },
  };
}
