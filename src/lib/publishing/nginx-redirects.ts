/**
 * deploy/redirects.conf: the site's redirects (src/lib/core/redirects.ts) as nginx locations, each
 * a 301 to its page, for the address and its index.html. The base path is whatever precedes the
 * language in the request, so the file needs no filling in at deploy. Pure.
 */
import { siteRedirects } from '../core/redirects.ts';

const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of deploy/redirects.conf. */
export function nginxRedirects(): string {
  const lines = [
    '# Written by npm run redirects from src/lib/core/redirects.ts: do not edit by hand.',
    '# Included by site.conf. $base is the base path the site is served under ("/" or "/some/prefix/");',
    '# the security headers come from the server block (these locations add none of their own).',
  ];
  for (const r of siteRedirects('/')) {
    lines.push(`# ${r.why}`);
    lines.push(
      `location ~ ^(?<base>/|/.+/)${escape(r.from.slice(1))}(index\\.html)?$ { return 301 $\{base}${r.to.slice(1)}; }`,
    );
  }
  return `${lines.join('\n')}\n`;
}
