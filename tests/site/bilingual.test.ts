/** The English edition in the built site: language, titles, twins, hreflang, switcher, parallel view. */
import { describe, expect, it } from 'vitest';
import { loadPage } from './built-site.ts';
import { INDICATORS } from '../counts.ts';
import { en as enUrls, zh as zhUrls } from '../site-urls.ts';

const chapters = Array.from({ length: 13 }, (_, i) => i + 1);
const SITE = 'https://example.invalid';

describe.each(chapters)('chapter %i in both languages', (n) => {
  const zh = loadPage(zhUrls.chapter(n));
  const en = loadPage(enUrls.chapter(n));
  it('has an English page with lang="en" and an English title', () => {
    expect(en('html').attr('lang')).toBe('en');
    expect(en('title').text()).toMatch(
      new RegExp(`^Chapter ${n} \\S.* \\| Qiandongnan Prefecture 14th Five-Year Plan`),
    );
  });
  it('links each twin to the other with hreflang, plus x-default', () => {
    for (const $ of [zh, en]) {
      const alt = Object.fromEntries(
        $('link[rel="alternate"]')
          .map((_, l) => [[$(l).attr('hreflang'), $(l).attr('href')]])
          .get(),
      );
      expect(alt).toEqual({
        'zh-CN': `${SITE}${zhUrls.chapter(n)}`,
        en: `${SITE}${enUrls.chapter(n)}`,
        'x-default': `${SITE}${zhUrls.chapter(n)}`,
      });
    }
  });
  it('has a language switcher that goes to the twin', () => {
    expect(zh('.lang-switch a').attr('href')).toBe(enUrls.chapter(n));
    expect(en('.lang-switch a').attr('href')).toBe(zhUrls.chapter(n));
  });
  it('has the same element ids in both languages', () => {
    const ids = ($: typeof zh) =>
      $('article [id]')
        .map((_, el) => $(el).attr('id'))
        .get()
        .filter((id) => !id.startsWith('toc'));
    expect(ids(en)).toEqual(ids(zh));
  });
  it('has a parallel view pairing every block, Chinese and English', () => {
    const $ = loadPage(enUrls.parallel(n));
    const pairs = $('.pair');
    expect(pairs.length).toBeGreaterThan(3);
    for (const pair of pairs.toArray()) {
      expect(
        $(pair)
          .children('.side')
          .map((_, s) => $(s).attr('lang'))
          .get(),
      ).toEqual(['zh-CN', 'en']);
    }
    const paragraphIds = zh('article p[id]')
      .map((_, p) => zh(p).attr('id'))
      .get();
    for (const id of paragraphIds) expect($(`#${id}`).length, id).toBe(1);
  });
});

describe("English home, glossary and translator's note", () => {
  it('has an English home page with the contents in English', () => {
    const $ = loadPage('en/');
    expect($('html').attr('lang')).toBe('en');
    expect($('ol.contents > li')).toHaveLength(13);
    expect($('ol.contents > li > a').first().text()).toMatch(/^Chapter 1 /);
  });
  it('publishes the glossary with one rendering per term', () => {
    const $ = loadPage(enUrls.glossary());
    expect($('tr#term-black-odorous td').first().text()).toBe('black and odorous water bodies');
    const zhTerms = $('tbody th')
      .map((_, th) => $(th).text())
      .get();
    expect(new Set(zhTerms).size).toBe(zhTerms.length);
  });
  it("has a translator's note in both languages saying the Chinese is normative", () => {
    expect(loadPage(enUrls.about('translation'))('article').text()).toContain(
      'The Chinese original is the normative text',
    );
    expect(loadPage(zhUrls.about('translation'))('article').text()).toContain('中文原文为规范文本');
  });
  it('renders Table 2-1 in English from the same data', () => {
    const $ = loadPage(enUrls.chapter(2));
    expect($('table tbody tr')).toHaveLength(INDICATORS);
    expect(
      $('#indicator-forest-coverage td:not(.card-only)')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['16', '67.98', 'about 70', 'Binding']);
    expect($('.table-footnote').text()).toBe('* Baseline as of May 2021');
  });
});
