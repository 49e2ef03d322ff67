/** Helpers for tests that read the built site in dist/ (npm test builds it first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = join(import.meta.dirname, '../../dist');
/** The preview build, with drafts rendered in full (npm run build:drafts). */
export const DRAFTS_DIST = join(import.meta.dirname, '../../dist-drafts');

/** Loads a built page (of the production build unless told); fails with a clear message when that site has not been built. */
export function loadPage(path: string, dist = DIST): cheerio.CheerioAPI {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file))
    throw new Error(
      `${file} does not exist: build the site first (npm run ${dist === DIST ? 'build' : 'build:drafts'})`,
    );
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** The reading text of a page's article: what a reader sees, without navigation or anchor marks. */
export function articleText($: cheerio.CheerioAPI): string {
  const article = $('article').first().clone();
  article.find('[data-pagefind-ignore]').remove();
  return article.text();
}
