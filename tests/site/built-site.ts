/** Helpers for tests that read the built site in dist/ (npm test builds it first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = join(import.meta.dirname, '../../dist');

/** Loads a built page; fails with a clear message when the site has not been built. */
export function loadPage(path: string): cheerio.CheerioAPI {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`${file} does not exist: build the site first (npm run build)`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** The reading text of a page's article: what a reader sees, without navigation or anchor marks. */
export function articleText($: cheerio.CheerioAPI): string {
  const article = $('article').first().clone();
  article.find('[data-pagefind-ignore]').remove();
  return article.text();
}
