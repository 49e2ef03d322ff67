/**
 * The public address of the site (SITE_URL): every canonical, OpenGraph and hreflang link and the
 * sitemap in robots.txt are made from it, so a public build without it would publish links to
 * nowhere. Pure: the environment is passed in.
 */

/** The address a local look (npm start, preview builds) uses. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The site address for a build, or the message that stops it (Chinese first). */
export function siteUrl(env: {
  SITE_URL?: string | undefined;
  LOCAL_SITE?: string | undefined;
}): { site: string } | { problem: string } {
  const given = env.SITE_URL?.trim();
  if (!given)
    return env.LOCAL_SITE
      ? { site: LOCAL_SITE }
      : {
          problem:
            '没有设置网站的公开地址 SITE_URL：正式构建的规范链接、语言版本链接和网站地图都要用它。' +
            '请这样构建：SITE_URL=https://网站地址 npm run build（例如 SITE_URL=https://sthjj.qdn.gov.cn npm run build）；' +
            '只在本机查看请用 npm start。 / SITE_URL is not set: a public build needs the site address for its ' +
            'canonical and hreflang links and the sitemap. Build with SITE_URL=https://your.site npm run build; ' +
            'for a local look use npm start.',
        };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return {
      problem: `SITE_URL“${given}”不是网址，应以 https:// 开头 / SITE_URL "${given}" is not an address (https://…)`,
    };
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    return {
      problem: `SITE_URL“${given}”应只含协议和域名（如 https://sthjj.qdn.gov.cn），子路径用 SITE_BASE / SITE_URL "${given}" must be scheme and host only (a sub-path goes in SITE_BASE)`,
    };
  return { site: url.origin };
}
