/**
 * Every URL the site links to, for one language: one function per kind of page, and the way back
 * from a path to the page it names (parsePage). Pure (base passed in).
 */
import { localeKeys, type Locale } from '../../i18n/locales.ts';
import { chapterPath, homePath, withBase } from './paths.ts';

/** The URL builders of one language's pages under a base path. */
export function siteUrls(base: string, lang: string) {
  const page = (path: string) => withBase(base, `${lang}/${path}`);
  return {
    /** The language's home page. */
    home: () => homePath(base, lang),
    /** A chapter page (1–13). */
    chapter: (chapter: number) => chapterPath(base, lang, chapter),
    /** A chapter's parallel (Chinese–English) view. */
    parallel: (chapter: number) => `${chapterPath(base, lang, chapter)}parallel/`,
    /** An element of a chapter (paragraph, box, table row…) by its anchor id. */
    anchor: (chapter: number, id: string) => `${chapterPath(base, lang, chapter)}#${id}`,
    /** The indicator register. */
    indicators: () => page('indicators/'),
    /** One indicator's page. */
    indicator: (id: string) => page(`indicators/${id}/`),
    /** The target register, or one target's row in it. */
    targets: (id?: string) => page('targets/') + (id === undefined ? '' : `#target-${id}`),
    /** The project register, or one project's row in it. */
    projects: (id?: string) => page('projects/') + (id === undefined ? '' : `#project-${id}`),
    /** The list of evaluation reports. */
    reports: () => page('reports/'),
    /** One evaluation report. */
    report: (id: string) => page(`reports/${id}/`),
    /** The reports' RSS feed. */
    reportsFeed: () => page('reports/rss.xml'),
    /** The search page. */
    search: () => page('search/'),
    /** The glossary. */
    glossary: () => page('glossary/'),
    /** The open-data page. */
    data: () => page('data/'),
    /** A free-standing page (translator's note, method). */
    about: (slug: string) => page(`about/${slug}/`),
  };
}

/** What a path names: a language tree's page, by kind, with the chapter number or the id it shows. */
export type ParsedPage =
  | { lang: Locale; kind: 'home' }
  | { lang: Locale; kind: 'chapter' | 'parallel'; chapter: number }
  | { lang: Locale; kind: 'indicator' | 'report'; id: string }
  | { lang: Locale; kind: 'other' };

/** The page a path names (the inverse of siteUrls), or undefined outside the language trees. */
export function parsePage(base: string, pathname: string): ParsedPage | undefined {
  const rest = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(
    /^\/+/,
    '',
  );
  // A page is a folder (…/reports/2023-midterm/); a file in it (…/reports/rss.xml) is not.
  const [first, kind, id, ...more] = rest.replace(/\/$/, '').split('/');
  const lang = localeKeys.find((l) => l === first);
  if (!lang) return undefined;
  if (!kind) return { lang, kind: 'home' };
  const page = rest.endsWith('/');
  if (kind === 'chapters' && id && /^\d+$/.test(id) && page) {
    const chapter = Number(id);
    if (more.length === 0) return { lang, kind: 'chapter', chapter };
    if (more.join('/') === 'parallel') return { lang, kind: 'parallel', chapter };
  }
  if (kind === 'indicators' && id && more.length === 0 && page)
    return { lang, kind: 'indicator', id };
  if (kind === 'reports' && id && more.length === 0 && page) return { lang, kind: 'report', id };
  return { lang, kind: 'other' };
}

/** A language's URL builders (the type of `Astro.locals.urls`). */
export type SiteUrls = ReturnType<typeof siteUrls>;

/** URLs outside the language trees: open-data files, preview images, site files. */
export const sharedUrls = {
  /** An open-data file, e.g. dataFile(base, 'indicators.csv'). */
  dataFile: (base: string, file: string) => withBase(base, `data/${file}`),
  /** A PDF edition (plan or report), e.g. pdfFile(base, 'plan-zh.pdf'). */
  pdfFile: (base: string, file: string) => withBase(base, `pdf/${file}`),
  /** A page's sharing preview image. */
  ogImage: (base: string, key: string) => withBase(base, `og/${key}.png`),
  /** A file at the site root (favicon, sitemap). */
  rootFile: (base: string, file: string) => withBase(base, file),
};
