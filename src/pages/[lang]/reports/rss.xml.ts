/** An RSS feed per language listing the published evaluation reports. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { localeKeys, locales } from '../../../i18n/locales.ts';
import { getReports } from '../../../data/reports.ts';
import { feedItems } from '../../../lib/reports/report-feed.ts';

export function getStaticPaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ locals, site }) => {
  const { lang, t, urls } = locals;
  return rss({
    title: t('reports.feedTitle'),
    description: t('reports.intro'),
    site: new URL(urls.reports(), site).href,
    items: feedItems(await getReports(), lang, urls.report, (k) => t.dynamic(`reports.kind.${k}`)),
    customData: `<language>${locales[lang].htmlLang}</language>`,
  });
};
