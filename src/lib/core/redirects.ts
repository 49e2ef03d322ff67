/**
 * Addresses that lead elsewhere: a URL the site once published and then moved (citations in print
 * and on other sites must keep working: when a page's URL changes, add its old path here and never
 * remove a line), and folder addresses readers reach by shortening a URL. Each is served as a page
 * at the old address, which works on any static host (src/pages/[...moved].astro), and as a 301
 * by nginx (deploy/redirects.conf, written from this table by npm run redirects); none is in the
 * sitemap. Pure (base passed in).
 */
import { localeKeys } from '../../i18n/locales.ts';
import { withBase } from './paths.ts';
import { siteUrls } from './urls.ts';

export interface Redirect {
  /** The old or shortened address, a folder path under the base ("/zh/chapters/"). */
  from: string;
  /** The page it leads to (built with urls.ts, so it follows any later move). */
  to: string;
  /** Why the address exists, for whoever reads the table. */
  why: string;
}

/** Every redirect of the site under `base`, per language. */
export function siteRedirects(base: string): Redirect[] {
  return localeKeys.flatMap((lang) => {
    const urls = siteUrls(base, lang);
    const from = (path: string) => withBase(base, `${lang}/${path}`);
    return [
      {
        from: from('chapters/'),
        to: urls.home(),
        why: 'a chapter address shortened: the chapters are listed on the home page',
      },
      {
        from: from('about/'),
        to: urls.about('site'),
        why: 'an about-page address shortened: the page about the site',
      },
    ];
  });
}
