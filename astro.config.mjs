// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import searchIndex from './src/integrations/search-index.ts';
import pagesWritten from './src/integrations/pages-written.ts';
import { sitemapFilter } from './src/lib/publishing/sitemap-filter.ts';
import { devHeaders, headersOfNginxConf } from './src/lib/publishing/security-headers.ts';
import { LOCAL_SITE, siteUrl } from './src/lib/publishing/site-url.ts';
import requireSiteUrl from './src/integrations/site-url.ts';
import { defaultLocale, localeKeys, locales } from './src/i18n/locales.ts';

/** The site may be served from a sub-path (e.g. /some/prefix/): set SITE_BASE at build time. */
const base = process.env.SITE_BASE ?? '/';
/** The public address (SITE_URL): required by a public build; npm start and preview builds use a local one. */
const address = siteUrl(process.env);
const site = 'site' in address ? address.site : LOCAL_SITE;

/** Each report's state from content/reports/<id>/report.yml (validated later by the content layer). */
function reportStates() {
  const dir = 'content/reports';
  const states = new Map();
  for (const id of existsSync(dir) ? readdirSync(dir) : []) {
    const file = `${dir}/${id}/report.yml`;
    if (existsSync(file)) states.set(id, { state: parse(readFileSync(file, 'utf8'))?.state });
  }
  return states;
}

/** The public server's security headers (deploy/), sent by astro dev as well (scripts/serve.ts sends them for npm start). */
const headers = headersOfNginxConf(readFileSync('deploy/security-headers.conf', 'utf8'));

/**
 * Build output a person can read: Astro's own MDX compiler writes a "use astro:head-inject"
 * directive into every MDX page that the bundler then reports, 30 times and ten lines each,
 * although Astro reads it before bundling. Only that known, harmless warning is dropped; every
 * other warning is printed as before.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: any) => void} print
 */
function quietKnownWarnings(warning, print) {
  if (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
    warning.message.includes('use astro:head-inject')
  )
    return;
  print(warning);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages generated at a time: a page that waits (a preview card being drawn in sharp's
  // threads, a file read) no longer holds up the others. The same bytes as one at a time (compared
  // over the whole built site); with 4× the chapters, page generation 3.1 → 2.6 s.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // GFM (tables, autolinks) through remark-gfm; SmartyPants off, because it would change the
    // plan's punctuation (quotes, dashes, ellipses), and the text must stay as published.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: false }),
  },
  integrations: [
    requireSiteUrl('problem' in address ? address.problem : undefined),
    mdx(),
    // Before the sitemap and the search index: npm run build starts printing the PDFs here.
    pagesWritten(),
    // sitemap-index.xml with hreflang alternates between /zh/… and /en/… twins.
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeKeys.map((l) => [l, locales[l].htmlLang])),
      },
      filter: sitemapFilter(new URL(base, site).href, reportStates()),
      // x-default (the Chinese original) as in each page's head.
      serialize: (item) =>
        item.links
          ? {
              ...item,
              links: [
                ...item.links,
                {
                  lang: 'x-default',
                  url:
                    item.links.find((l) => l.lang === locales[defaultLocale].htmlLang)?.url ??
                    item.url,
                },
              ],
            }
          : item,
    }),
    searchIndex(),
  ],
  // Every script as a file of its own, never inline: the Content-Security-Policy allows
  // scripts from the site's origin only (see deploy/security-headers.conf).
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn: quietKnownWarnings,
        // Vite's helper for dynamic imports goes into the script every page loads, not into a
        // chunk of its own: one request less on every first visit (about 1.5 KB with headers).
        output: {
          codeSplitting: {
            groups: [
              { name: 'site', test: /preload-helper|\/layouts\/Base\.astro\?astro&type=script/ },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  server: ({ command }) => ({ headers: command === 'dev' ? devHeaders(headers) : headers }),
});
