/**
 * Precompressed copies of a built site's text files (`x.html.br`, `x.html.gz` beside `x.html`),
 * so that nginx serves them with brotli_static / gzip_static instead of compressing on every
 * request. Files that are small or already compressed (images, pagefind's .pf_* files) are skipped.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The extensions worth compressing, as served by deploy/site.conf. */
const TEXT = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.csv',
  '.svg',
  '.txt',
  '.wasm',
]);
/** Below this, compression saves nothing worth a file (nginx's gzip_min_length). */
const MIN_BYTES = 256;

/** Writes .br and .gz beside each text file under `dir`; returns how many files and bytes. */
export function precompress(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (TEXT.has(extname(entry.name)) && statSync(path).size >= MIN_BYTES) {
        const data = readFileSync(path);
        const br = brotliCompressSync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 10,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        });
        writeFileSync(`${path}.br`, br);
        writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
        files++;
        bytes += data.length;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
