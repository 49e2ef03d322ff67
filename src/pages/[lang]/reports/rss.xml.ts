/** An RSS feed per language listing the published evaluation reports. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { localeKeys, locales, type Locale } from '../../../i18n/locales.ts';
import { useStrings } from '../../../i18n/strings.ts';
import { getReports } from '../../../data/reports.ts';
import { feedItems } from '../../../lib/report-feed.ts';
import { withBase } from '../../../lib/paths.ts';

export function getStaticPaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const t = await useStrings(lang);
  const base = import.meta.env.BASE_URL;
  return rss({
    title: t('reports.feedTitle'),
    description: t('reports.intro'),
    site: new URL(withBase(base, `${lang}/reports/`), site).href,
    items: feedItems(await getReports(), lang, (id) => withBase(base, `${lang}/reports/${id}/`), (k) => t(`reports.kind.${k}`)),
    customData: `<language>${locales[lang].htmlLang}</language>`,
  });
};
