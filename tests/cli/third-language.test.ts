/**
 * A third language is one entry in src/i18n/locales.ts: in a throw-away copy a Traditional Chinese
 * edition being translated (fallback: the Chinese original) is added with a few interface strings
 * of its own, and the whole site builds with it: every page in the new language, its text falling
 * back visibly to Chinese where it has none, search, sitemap, preview images; open data keeps the
 * complete languages' columns only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { CHAPTER_NUMBERS } from '../../src/lib/plan/plan-period.ts';
import { edit, sandbox, WHOLE_SITE } from './sandbox.ts';
import { cleanEnv } from './serve.ts';
import { en, urlsIn, zh } from '../site-urls.ts';

/** The new language's URLs (the registry of this checkout does not have it: built by hand). */
const hant = urlsIn('zh-hant');

const box = sandbox(WHOLE_SITE);
const dist = join(box.dir, 'dist');
const page = (path: string) => cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

beforeAll(() => {
  edit(
    box.dir,
    'src/i18n/locales.ts',
    '} as const satisfies Record<',
    `  'zh-hant': {
    htmlLang: 'zh-Hant',
    ogLocale: 'zh_TW',
    label: '繁體中文',
    englishName: 'Traditional Chinese',
    stringsFile: 'zh-Hant',
    wordSpace: '',
    excerptLength: 110,
    fallback: 'zh',
  },
} as const satisfies Record<`,
  );
  // Two strings translated; every other one is the fallback's.
  writeFileSync(
    join(box.dir, 'content/i18n/zh-Hant.yml'),
    'nav.home: 首頁\nnav.reports: 評估報告\n',
  );
  const env = {
    ...cleanEnv(),
    PATH: `${join(box.dir, 'node_modules/.bin')}:${process.env['PATH']}`,
  };
  execFileSync('npx', ['astro', 'build'], { cwd: box.dir, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-pdf.ts', '--dist', 'dist', '--lang', 'zh-hant'], {
    cwd: box.dir,
    env,
    stdio: 'pipe',
  });
}, 300_000);
afterAll(() => box.remove());

describe('a third language added to the locale registry', () => {
  it('has every page of the others, in its own tree', () => {
    for (const path of [
      '',
      'indicators/',
      'targets/',
      'projects/',
      'reports/',
      'search/',
      'glossary/',
      'data/',
    ])
      expect(existsSync(join(dist, 'zh-hant', path, 'index.html')), path).toBe(true);
    for (const n of CHAPTER_NUMBERS) {
      expect(existsSync(join(dist, `${hant.chapter(n)}index.html`))).toBe(true);
      expect(existsSync(join(dist, `${hant.parallel(n)}index.html`))).toBe(true);
    }
    for (const slug of ['translation', 'method', 'site'])
      expect(existsSync(join(dist, `zh-hant/about/${slug}/index.html`)), slug).toBe(true);
    expect(existsSync(join(dist, 'zh-hant/reports/2023-midterm/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'og/zh-hant-chapter-1.png'))).toBe(true);
  });
  it('prints its own PDF of the plan, which its pages link to', () => {
    const href = page(hant.chapter(3))('a[href$=".pdf"]').first().attr('href');
    expect(href).toBe('/pdf/plan-zh-hant.pdf');
    expect(readFileSync(join(dist, 'pdf/plan-zh-hant.pdf')).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
  });
  it('uses its own strings where it has them and the fallback’s elsewhere, and says so on every page', () => {
    const $ = page(hant.chapter(3));
    expect($('html').attr('lang')).toBe('zh-Hant');
    expect($('.site-nav a').first().text()).toBe('首頁');
    expect($('.site-nav').text()).toContain('評估報告');
    expect($('.site-nav').text()).toContain('目标清单'); // not translated: the Chinese string
    expect($('.fallback-notice').text()).toContain('繁體中文');
    expect($('.fallback-notice').text()).toContain('中文');
    // The chapter's text is the Chinese original, marked as such for screen readers and search.
    expect($('article').attr('lang')).toBe('zh-CN');
    expect($('article').text()).toContain('第三章');
    expect(page('zh-hant/about/translation')('article').attr('lang')).toBe('zh-CN');
    // Its parallel view sets the original beside the English, not the original beside itself.
    const parallel = page(hant.parallel(3));
    const sides = parallel('.pair')
      .first()
      .children('.side')
      .map((_, s) => parallel(s).attr('lang'))
      .get();
    expect(sides).toEqual(['zh-CN', 'en']);
    // Figures follow the fallback's conventions: no "undefined", no English words.
    const targets = page('zh-hant/targets').text();
    expect(targets).not.toMatch(/undefined|NaN/);
    expect(targets).toContain('≥');
    // The complete languages are untouched: no notice, no lang override.
    for (const path of [zh.chapter(3), en.chapter(3)]) {
      expect(page(path)('.fallback-notice')).toHaveLength(0);
      expect(page(path)('article').attr('lang')).toBeUndefined();
    }
  });
  it('links the languages to each other and lists the new pages in the sitemap', () => {
    const $ = page(zh.chapter(3));
    const alternates = $('link[rel="alternate"]')
      .map((_, l) => $(l).attr('hreflang'))
      .get();
    expect(alternates).toEqual(expect.arrayContaining(['zh-CN', 'en', 'zh-Hant', 'x-default']));
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(new URL(hant.chapter(3), 'https://example.invalid/').href);
    expect(sitemap).toContain('hreflang="zh-Hant"');
  });
  it('indexes its pages for search under its own language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn', 'zh-hant']);
    expect(entry.languages['zh-hant']!.page_count).toBe(entry.languages['zh-cn']!.page_count);
    expect(page('zh-hant/search')('[data-search-root]').attr('data-lang')).toBe('zh');
  });
  it('keeps the open data to the complete languages', () => {
    const header = readFileSync(join(dist, 'data/indicators.csv'), 'utf8').split('\n')[0]!;
    expect(header).toContain('name_zh');
    expect(header).toContain('name_en');
    expect(header).not.toContain('zh-hant');
  });
});
