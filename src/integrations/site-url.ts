/** Stops `astro build` at once when the site's public address is missing or wrong (src/lib/publishing/site-url.ts). */
import type { AstroIntegration } from 'astro';

export default function requireSiteUrl(problem: string | undefined): AstroIntegration {
  return {
    name: 'require-site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && problem) throw new Error(problem);
      },
    },
  };
}
