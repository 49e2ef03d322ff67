/** The RSS items of a language's report feed: published reports only, newest first. Pure. */
import { conventionsOf, type Locale } from '../../i18n/locales.ts';
import { isPublicReport } from './report-visibility.ts';
import type { ReportKind } from './report-kinds.ts';

export interface FeedReport {
  id: string;
  meta: {
    year: number;
    kind: ReportKind;
    state: 'draft' | 'published';
    published: string | null;
    title: { zh: string; en: string };
  };
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** Feed items for the published reports; drafts never appear in a feed. */
export function feedItems(
  reports: FeedReport[],
  lang: Locale,
  link: (id: string) => string,
  kindLabel: (kind: string) => string,
): FeedItem[] {
  return reports
    .filter((r) => isPublicReport(r.meta) && r.meta.published)
    .sort((a, b) => b.meta.published!.localeCompare(a.meta.published!))
    .map((r) => ({
      title:
        conventionsOf(lang) === 'zh'
          ? `${r.meta.year}年${kindLabel(r.meta.kind)}`
          : `${kindLabel(r.meta.kind)} ${r.meta.year}`,
      link: link(r.id),
      pubDate: new Date(`${r.meta.published}T00:00:00+08:00`),
      description: r.meta.title[lang],
    }));
}
