/** robots.txt: everything may be crawled; the sitemap's full address follows SITE_URL and the base path. */
import type { APIRoute } from 'astro';
import { sharedUrls } from '../lib/core/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sharedUrls.rootFile(import.meta.env.BASE_URL, 'sitemap-index.xml'), site)
    .href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
