/**
 * Tells scripts/build.ts when astro has written every page and asset, before the sitemap and the
 * search index (the integrations after this one): the PDF printer starts on the pages then,
 * beside the search index. Says nothing unless astro was started with a message channel, as
 * build.ts starts it.
 */
import type { AstroIntegration } from 'astro';

export const PAGES_WRITTEN = 'pages-written';

export default function pagesWritten(): AstroIntegration {
  return {
    name: 'pages-written',
    hooks: {
      'astro:build:done': () => {
        process.send?.(PAGES_WRITTEN);
      },
    },
  };
}
