import { describe, expect, it } from 'vitest';
import { parsePage, sharedUrls, siteUrls } from '../../src/lib/core/urls.ts';

describe('site URLs', () => {
  const zh = siteUrls('/', 'zh');
  const en = siteUrls('/some/prefix/', 'en');
  it('build each kind of page of a language at the root', () => {
    expect([
      zh.home(),
      zh.chapter(5),
      zh.parallel(5),
      zh.anchor(2, 'indicator-i1'),
      zh.indicators(),
      zh.indicator('i7'),
    ]).toEqual([
      '/zh/',
      '/zh/chapters/5/',
      '/zh/chapters/5/parallel/',
      '/zh/chapters/2/#indicator-i1',
      '/zh/indicators/',
      '/zh/indicators/i7/',
    ]);
    expect([
      zh.targets(),
      zh.targets('t12'),
      zh.projects(),
      zh.reports(),
      zh.report('2023-midterm'),
      zh.reportsFeed(),
    ]).toEqual([
      '/zh/targets/',
      '/zh/targets/#target-t12',
      '/zh/projects/',
      '/zh/reports/',
      '/zh/reports/2023-midterm/',
      '/zh/reports/rss.xml',
    ]);
    expect([zh.projects('p3'), en.projects('p3')]).toEqual([
      '/zh/projects/#project-p3',
      '/some/prefix/en/projects/#project-p3',
    ]);
    expect([zh.search(), zh.glossary(), zh.data(), zh.about('method')]).toEqual([
      '/zh/search/',
      '/zh/glossary/',
      '/zh/data/',
      '/zh/about/method/',
    ]);
  });
  it('keep exactly one slash after a sub-path base', () => {
    expect([
      en.home(),
      en.chapter(13),
      en.anchor(5, 'c5-p3'),
      en.report('2025-final'),
      en.targets('t1'),
    ]).toEqual([
      '/some/prefix/en/',
      '/some/prefix/en/chapters/13/',
      '/some/prefix/en/chapters/5/#c5-p3',
      '/some/prefix/en/reports/2025-final/',
      '/some/prefix/en/targets/#target-t1',
    ]);
    expect(siteUrls('/some/prefix', 'zh').search()).toBe('/some/prefix/zh/search/');
  });
  it('build the files outside the language trees', () => {
    expect(sharedUrls.dataFile('/p/', 'indicators.csv')).toBe('/p/data/indicators.csv');
    expect(sharedUrls.pdfFile('/p/', 'report-2023-midterm-en.pdf')).toBe(
      '/p/pdf/report-2023-midterm-en.pdf',
    );
    expect(sharedUrls.ogImage('/', 'zh-home')).toBe('/og/zh-home.png');
    expect(sharedUrls.rootFile('/p/', 'favicon.svg')).toBe('/p/favicon.svg');
  });
});

describe('paths back to pages (parsePage, the inverse of siteUrls)', () => {
  const base = '/some/prefix/';
  it('names every kind of page that siteUrls builds, in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const urls = siteUrls(base, lang);
      expect(parsePage(base, urls.home())).toEqual({ lang, kind: 'home' });
      expect(parsePage(base, urls.chapter(5))).toEqual({ lang, kind: 'chapter', chapter: 5 });
      expect(parsePage(base, urls.parallel(13))).toEqual({ lang, kind: 'parallel', chapter: 13 });
      expect(parsePage(base, urls.indicator('forest-coverage'))).toEqual({
        lang,
        kind: 'indicator',
        id: 'forest-coverage',
      });
      expect(parsePage(base, urls.report('2024-annual-review'))).toEqual({
        lang,
        kind: 'report',
        id: '2024-annual-review',
      });
      for (const other of [urls.reports(), urls.reportsFeed(), urls.search(), urls.targets()])
        expect(parsePage(base, other), other).toEqual({ lang, kind: 'other' });
    }
  });
  it('knows nothing outside the language trees', () => {
    expect(parsePage(base, sharedUrls.dataFile(base, 'indicators.csv'))).toBeUndefined();
    expect(parsePage(base, '/some/prefix/')).toBeUndefined();
    expect(parsePage('/', '/fr/chapters/1/')).toBeUndefined();
  });
});
