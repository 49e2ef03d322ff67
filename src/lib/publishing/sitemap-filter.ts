/**
 * What goes into sitemap-index.xml: every HTML page in both languages except the root redirect,
 * the addresses that lead elsewhere (redirects.ts), the 404 page, and the pages of reports that
 * are not public (see report-visibility.ts).
 * Pure: the caller passes the report states it read.
 */
import { siteRedirects } from '../core/redirects.ts';
import { parsePage } from '../core/urls.ts';
import { isPublicReport, type ReportState } from '../reports/report-visibility.ts';

/** Report ids (folder names, "2023-midterm") with their state. */
export type ReportStates = ReadonlyMap<string, Pick<ReportState, 'state'>>;

/** Returns a filter for @astrojs/sitemap: true for a page URL that belongs in the sitemap. */
export function sitemapFilter(siteBase: string, reports: ReportStates): (url: string) => boolean {
  const root = new URL(siteBase);
  const moved = new Set(siteRedirects(root.pathname).map((r) => r.from));
  return (url) => {
    const u = new URL(url);
    if (!u.pathname.startsWith(root.pathname)) return false;
    const rest = u.pathname.slice(root.pathname.length).replace(/^\/+/, '');
    // Only pages (directory URLs): the root is a redirect to /zh/; data files and feeds are not pages.
    if (rest === '' || !rest.endsWith('/') || rest.startsWith('404')) return false;
    if (moved.has(u.pathname)) return false;
    const page = parsePage(root.pathname, u.pathname);
    if (page?.kind === 'report') {
      const meta = reports.get(page.id);
      return meta !== undefined && isPublicReport(meta);
    }
    return true;
  };
}
