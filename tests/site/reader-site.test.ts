/**
 * The public reader's site, in the built pages: the information block against the seed, the home
 * page's indicator grid and targets as the plan words them, the sitemap against the built pages,
 * robots.txt, and the OpenGraph / Twitter tags and preview image of every page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { filesUnder } from '../../src/lib/core/files.ts';
import { siteRedirects } from '../../src/lib/core/redirects.ts';
import { parsePage } from '../../src/lib/core/urls.ts';
import { locales } from '../../src/i18n/locales.ts';
import { splitSeed } from '../../src/lib/plan/seed-lines.ts';
import { DIST, DRAFTS_DIST, loadPage } from './built-site.ts';
import { INDICATORS } from '../counts.ts';
import { en, urlsIn, zh } from '../site-urls.ts';

const ROOT = join(import.meta.dirname, '../..');
const seedFile = readdirSync(join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!;
const record = splitSeed(readFileSync(join(ROOT, 'seeds', seedFile), 'utf8')).record;
const SITE = 'https://example.invalid/';
/** Addresses that only send the reader on (tested on their own below). */
const movedPages = new Set(siteRedirects('/').map((r) => r.from.slice(1)));
/** Every page a reader reads. */
const htmlPages = filesUnder(DIST, '.html', ['pagefind', '_astro'])
  .map((f) => relative(DIST, f).replace(/index\.html$/, ''))
  .filter((p) => !movedPages.has(p));

/** The information block of a page as { field: shown value }. */
function infoBlock(path: string): Record<string, string> {
  const $ = loadPage(path);
  const block = $('dl.info-block').first();
  expect(block.length, `${path} has an information block`).toBe(1);
  return Object.fromEntries(
    block
      .find('dd')
      .map((_, dd) => [[$(dd).attr('data-record-field'), $(dd).find('span').first().text()]])
      .get(),
  );
}

describe('information block', () => {
  const notGiven = { zh: '（原网页未注明）', en: '(not stated on the original web page)' };
  const expected = (lang: 'zh' | 'en', fields: (keyof typeof record)[]) =>
    Object.fromEntries(fields.map((f) => [f, record[f] || notGiven[lang]]));
  const full = [
    'indexNumber',
    'dateWritten',
    'documentNumber',
    'datePublished',
    'issuingBody',
    'validity',
    'name',
  ] as const;
  const compact = ['indexNumber', 'issuingBody', 'dateWritten', 'datePublished', 'name'] as const;

  it('the seed has the record the issue names', () => {
    expect(record).toMatchObject({
      indexNumber: '000014349/2022-3496293',
      dateWritten: '2022-09-20',
      datePublished: '2022-09-20',
      name: '黔东南州“十四五”生态环境保护规划',
    });
  });
  it.each(['zh', 'en'] as const)("%s home page shows every field of the seed's record", (lang) => {
    expect(infoBlock(`${lang}/`)).toEqual(expected(lang, [...full]));
  });
  it.each(['zh', 'en'] as const)(
    '%s chapter pages show it compactly, in the header area',
    (lang) => {
      for (let n = 1; n <= 13; n++) {
        expect(infoBlock(urlsIn(lang).chapter(n))).toEqual(expected(lang, [...compact]));
        const $ = loadPage(urlsIn(lang).chapter(n));
        expect(
          $('article > h1 + dl.info-block').length,
          `chapter ${n}: right under the title`,
        ).toBe(1);
      }
    },
  );
  it("labels the fields in the page's language", () => {
    expect(
      loadPage('zh/')('dl.info-block dt')
        .map((_, dt) => loadPage('zh/')(dt).text())
        .get(),
    ).toEqual(['索引号', '成文日期', '文号', '发布时间', '发布机构', '是否有效', '名称']);
    const $ = loadPage('en/');
    expect(
      $('dl.info-block dt')
        .map((_, dt) => $(dt).text())
        .get(),
    ).toEqual([
      'Index number',
      'Date written',
      'Document number',
      'Date published',
      'Issuing body',
      'In force',
      'Title',
    ]);
  });
});

describe('home page', () => {
  it.each(['zh', 'en'] as const)(
    '%s: every indicator with baseline → target, type and status; 13 chapters one line each; search',
    (lang) => {
      const $ = loadPage(`${lang}/`);
      expect($('.indicator-grid > li')).toHaveLength(INDICATORS);
      for (const card of $('.indicator-grid > li').toArray()) {
        expect($(card).find('.badge').length).toBe(1);
        expect($(card).find('.status').length).toBe(1);
      }
      expect($('ol.contents > li')).toHaveLength(13);
      expect($('ol.contents > li a')).toHaveLength(13);
      expect($('ol.contents > li > a').first().text()).toMatch(
        lang === 'zh' ? /^第一章 / : /^Chapter 1 /,
      );
      expect($('form.home-search input[name="q"]').length).toBe(1);
      expect($('.box-list li')).toHaveLength(10);
    },
  );
  it.each(['zh', 'en'] as const)(
    '%s: each card labels its baseline and target with their years, the target not styled as a result, every asterisk explained',
    (lang) => {
      const $ = loadPage(`${lang}/`);
      const [baseline, target] =
        lang === 'zh'
          ? ['现状值（2020年）', '目标值（2025年）']
          : ['Baseline (2020)', 'Target (2025)'];
      for (const card of $('.indicator-grid > li').toArray()) {
        expect(
          $(card)
            .find('.indicator-values dt')
            .map((_, dt) => $(dt).text())
            .get(),
        ).toEqual([baseline, target]);
        expect($(card).find('.indicator-values dd')).toHaveLength(2);
        expect($(card).find('.indicator-values strong')).toHaveLength(0);
      }
      const starred = $('.indicator-values dd')
        .toArray()
        .filter((dd) => $(dd).text().includes('*'));
      expect(starred.length).toBeGreaterThan(0);
      const note = $('.home-footnote')
        .toArray()
        .map((p) => $(p).text())
        .find((text) => text.startsWith('*'));
      expect(note).toMatch(lang === 'zh' ? /^\*为2021年5月现状值/ : /^\* Baseline as of May 2021/);
    },
  );
  it('words the forest coverage target as the plan does: 70%左右 / about 70%', () => {
    expect(loadPage('zh/')('#home-indicator-forest-coverage').text()).toContain('70%左右');
    expect(loadPage('en/')('#home-indicator-forest-coverage').text()).toContain('about 70%');
  });
  it('no page prints 左右 before the unit', () => {
    const bad = htmlPages.filter((p) =>
      /\d左右%/.test(readFileSync(join(DIST, p, p.endsWith('.html') ? '' : 'index.html'), 'utf8')),
    );
    expect(bad).toEqual([]);
  });
  it('takes statuses only from a published report', () => {
    const reports = readdirSync(join(ROOT, 'content/reports')).map(
      (id) =>
        parse(readFileSync(join(ROOT, 'content/reports', id, 'report.yml'), 'utf8')) as {
          state: string;
        },
    );
    const $ = loadPage('zh/');
    if (reports.every((r) => r.state !== 'published')) {
      expect($('.indicator-grid .status-none')).toHaveLength(INDICATORS);
      expect($('.home-note').not('.home-footnote').text()).toBe('尚未发布评估报告。');
    } else {
      expect($('.indicator-grid .status-none')).toHaveLength(0);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
  });
  const index = parser.parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
  const files = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc.replace(SITE, ''));
  const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] =
    files.flatMap((f: string) => parser.parse(readFileSync(join(DIST, f), 'utf8')).urlset.url);
  const reportStates = new Map(
    readdirSync(join(ROOT, 'content/reports')).map((id) => [
      id,
      (
        parse(readFileSync(join(ROOT, 'content/reports', id, 'report.yml'), 'utf8')) as {
          state: string;
        }
      ).state,
    ]),
  );

  it('lists every built page of both languages, except the root redirect, the addresses that lead elsewhere, the 404 page and unpublished reports', () => {
    const expected = htmlPages
      .filter((p) => p !== '' && p !== '404.html')
      .filter((p) => {
        const m = /^(?:zh|en)\/reports\/([^/]+)\/$/.exec(p);
        return !m || reportStates.get(m[1]!) === 'published';
      })
      .map((p) => `${SITE}${p}`)
      .sort();
    expect(urls.map((u) => u.loc).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(90);
  });
  it('builds each address that leads elsewhere as a page that sends the reader on, in its language', () => {
    expect(movedPages.size).toBe(siteRedirects('/').length);
    for (const r of siteRedirects('/')) {
      const $ = loadPage(r.from.slice(1));
      expect($('meta[http-equiv="refresh"]').attr('content'), r.from).toBe(`0; url=${r.to}`);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect($('main a').attr('href')).toBe(r.to);
      expect($('html').attr('lang')).toBe(locales[parsePage('/', r.from)!.lang].htmlLang);
      expect(existsSync(join(DIST, r.to, 'index.html')), r.to).toBe(true);
      expect($('script').length).toBe(0);
    }
  });
  it('never lists a draft report', () => {
    for (const [id, state] of reportStates)
      if (state !== 'published')
        expect(
          urls.some((u) => u.loc.includes(`/reports/${id}/`)),
          id,
        ).toBe(false);
  });
  it('gives each page its twin in the other language as an hreflang alternate', () => {
    const chapter = urls.find((u) => u.loc === new URL(en.chapter(5), SITE).href)!;
    expect(chapter['xhtml:link']!.map((l) => [l['@_hreflang'], l['@_href']]).sort()).toEqual([
      ['en', new URL(en.chapter(5), SITE).href],
      ['x-default', new URL(zh.chapter(5), SITE).href],
      ['zh-CN', new URL(zh.chapter(5), SITE).href],
    ]);
    for (const u of urls) {
      const links = u['xhtml:link'] ?? [];
      expect(links.map((l) => l['@_hreflang']).sort(), u.loc).toEqual(['en', 'x-default', 'zh-CN']);
      for (const l of links)
        expect(
          existsSync(join(DIST, l['@_href'].replace(SITE, ''), 'index.html')),
          l['@_href'],
        ).toBe(true);
    }
  });
  it('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}sitemap-index.xml`,
    );
  });
});

describe('OpenGraph and Twitter card of every page', () => {
  const pages = htmlPages.filter((p) => p !== '');
  it.each(pages)('%s', (path) => {
    const $ = loadPage(path);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    const title = $('title').text();
    const description = $('meta[name="description"]').attr('content');
    expect(meta('og:title')).toBe(title);
    expect(meta('twitter:title')).toBe(title);
    expect(description && description.length > 10, 'a real description').toBe(true);
    expect(meta('og:description')).toBe(description);
    expect(meta('twitter:card')).toBe('summary_large_image');
    if (path !== '404.html') {
      expect(meta('og:url')).toBe(`${SITE}${path}`);
      expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${path}`);
    }
    const image = meta('og:image')!;
    expect(meta('twitter:image')).toBe(image);
    expect(image.startsWith(`${SITE}og/`)).toBe(true);
    const file = join(DIST, image.replace(SITE, ''));
    expect(existsSync(file), image).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    expect(meta('og:type')).toBe(/^(zh|en)\/$/.test(path) ? 'website' : 'article');
    const chapter = /^(zh|en)\/chapters\/(\d+)\//.exec(path);
    if (chapter) expect(image).toBe(`${SITE}og/${chapter[1]}-chapter-${chapter[2]}.png`);
  });
  it("chapter descriptions begin with the chapter's title and its text", () => {
    const $ = loadPage(zh.chapter(5));
    expect($('meta[name="description"]').attr('content')).toMatch(
      /^第五章 深化系统治理,稳步提升水生态环境：坚持系统思维/,
    );
  });
});

describe('links that cite the plan', () => {
  /** An element id of the plan (c5-s1-p1, c1-p2, box-3-p2, c5-s2, box-1-i2 …). */
  const ID = /^(c\d+(-s\d+)?(-i\d+(-\d+)?)?(-p\d+)?|box-\d+(-[ip]\d+)?)$/;
  it('show words, never an internal id, on every page of both languages and the drafts preview', () => {
    const offending: string[] = [];
    let citing = 0;
    for (const [dist, pages] of [
      [DIST, htmlPages],
      [
        DRAFTS_DIST,
        filesUnder(DRAFTS_DIST, '.html', ['pagefind', '_astro']).map((f) =>
          relative(DRAFTS_DIST, f).replace(/index\.html$/, ''),
        ),
      ],
    ] as const)
      for (const path of pages) {
        const $ = loadPage(path, dist);
        $('a[href*="#c"], a[href*="#box-"]').each((_, a) => {
          citing++;
          const text = $(a).text().trim();
          if (ID.test(text)) offending.push(`${path}: ${text}`);
        });
      }
    expect(citing).toBeGreaterThan(300);
    expect(offending).toEqual([]);
  });
});

describe('who publishes the site and the plan', () => {
  it.each(['zh', 'en'] as const)(
    '%s: the About page is linked from every page and says plainly what is not stated',
    (lang) => {
      const $ = loadPage(`${lang}/about/site/`);
      const notStated =
        lang === 'zh' ? '本站运营单位尚未注明。' : 'The operator of this site has not been stated.';
      // content/site/operator.yml is empty in the repository: nothing is guessed.
      expect($('[data-about="operator"]').text()).toBe(notStated);
      expect($('[data-about="contact"]').text()).toBe(
        lang === 'zh' ? '尚未提供联系方式。' : 'No contact has been given yet.',
      );
      expect($('[data-about="changed"]').text()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect($('dl.info-block [data-record-field="issuingBody"]').text()).toBe(
        lang === 'zh' ? '（原网页未注明）' : '(not stated on the original web page)',
      );
      for (const page of htmlPages.filter((p) => p.startsWith(`${lang}/`) && !p.endsWith('.html')))
        expect(loadPage(page)(`footer a[href="/${lang}/about/site/"]`), page).toHaveLength(1);
    },
  );
  it('names no issuing body that the plan’s web page does not state: pages, citations, open data', () => {
    const claims =
      /人民政府网站|People's Government website|website of the Qiandongnan Prefecture People's Government/;
    for (const page of htmlPages) {
      const $ = loadPage(page);
      // The plan's own text (chapters, and the registers that quote it) may name the government.
      if (/chapters\/|targets\/|projects\/|indicators\//.test(page)) $('article').remove();
      expect($.html(), page).not.toMatch(claims);
      const author = $('dialog[data-cite]').attr('data-author');
      if (author !== undefined) expect(author, page).toBe('');
    }
    const datapackage = readFileSync(join(DIST, 'data/datapackage.json'), 'utf8');
    expect(datapackage).not.toMatch(/People's Government|人民政府/);
  });
});
