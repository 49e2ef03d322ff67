/**
 * Preview images for sharing, made at build time: one per chapter, per report and home page in
 * each language, and one for every other page (keys from src/lib/publishing/og-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { localeKeys, type Locale } from '../../i18n/locales.ts';
import { translatorFor } from '../../i18n/strings.ts';
import { getChapters } from '../../data/chapters.ts';
import { getReports } from '../../data/reports.ts';
import { ogSvg } from '../../lib/publishing/og-image.ts';
import { OG_FONT_FAMILY, renderPngAsync } from '../../integrations/og-render.ts';

type Card = { lang: Locale; kicker: string; title: string; footer?: string };

export const getStaticPaths = (async () => {
  const paths: { params: { image: string }; props: Card }[] = [];
  for (const lang of localeKeys) {
    const t = await translatorFor(lang);
    paths.push({
      params: { image: `${lang}-home` },
      props: { lang, kicker: t('og.home'), title: t('site.title') },
    });
    paths.push({
      params: { image: `${lang}-page` },
      props: { lang, kicker: t('og.page'), title: t('site.title') },
    });
    for (const c of await getChapters(lang)) {
      paths.push({
        params: { image: `${lang}-chapter-${c.number}` },
        props: { lang, kicker: c.label, title: c.title },
      });
    }
    for (const r of await getReports()) {
      paths.push({
        params: { image: `${lang}-report-${r.id}` },
        props: {
          lang,
          kicker: t('og.report'),
          title: r.meta.title[lang],
          footer: r.meta.published
            ? `${t('record.datePublished')} ${r.meta.published}`
            : t('reports.draft'),
        },
      });
    }
  }
  // Every card is queued now (drawn in sharp's threads, one per core at a time); each page's GET
  // below waits for its own.
  const svgs = await Promise.all(paths.map(({ props }) => cardSvg(props)));
  paths.forEach(({ params }, i) => drawing.set(params.image, renderPngAsync(svgs[i]!)));
  return paths;
}) satisfies GetStaticPaths;

/** The cards being drawn, by image name (started once the paths are known). */
const drawing = new Map<string, Promise<Buffer>>();

async function cardSvg(card: Card): Promise<string> {
  const t = await translatorFor(card.lang);
  const record = (await getEntry('publication', 'plan'))!.data;
  return ogSvg({
    kicker: card.kicker,
    title: card.title,
    fontFamily: OG_FONT_FAMILY,
    site: t('site.title'),
    footer: card.footer ?? `${t('record.datePublished')} ${record.datePublished}`,
  });
}

/** A card drawn on its own (the dev server asks for one image at a time). */
async function draw(card: Card): Promise<Buffer> {
  return renderPngAsync(await cardSvg(card));
}

export const GET: APIRoute<Card> = async ({ params, props }) => {
  const png = await (drawing.get(params.image!) ?? draw(props));
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
