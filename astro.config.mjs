// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import searchIndex from './src/integrations/search-index.ts';

/** The site may be served from a sub-path (e.g. /some/prefix/): set SITE_BASE at build time. */
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.invalid',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // GFM (tables, autolinks) through remark-gfm; SmartyPants off, because it would change the
    // plan's punctuation (quotes, dashes, ellipses), and the text must stay as published.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: false }),
  },
  integrations: [mdx(), searchIndex()],
  // Every script as a file of its own, never inline: the Content-Security-Policy allows
  // scripts from the site's origin only (see deploy/security-headers.conf).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
