/** The built pages: titles, language, navigation, publication record, 404, nothing from other origins. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/core/files.ts';
import { relative } from 'node:path';
import { DIST, loadPage } from './built-site.ts';
import { INDICATORS } from '../counts.ts';
import { zh } from '../site-urls.ts';

describe('Chinese chapter pages', () => {
  it.each(Array.from({ length: 13 }, (_, i) => i + 1))(
    'chapter %i has lang, title, outline, pager and chapter navigation',
    (n) => {
      const $ = loadPage(zh.chapter(n));
      expect($('html').attr('lang')).toBe('zh-CN');
      const h1 = $('h1').text().replace('#', '').trim();
      expect($('title').text()).toBe(`${h1} | 黔东南州“十四五”生态环境保护规划`);
      expect(h1).toMatch(/^第[一二三四五六七八九十]+章 \S/);
      expect($('nav.toc a').length).toBeGreaterThan(0);
      for (const a of $('nav.toc a').toArray())
        expect($(String($(a).attr('href')))).toHaveLength(1);
      expect($('nav.chapter-nav a')).toHaveLength(13);
      expect($('nav.chapter-nav a[aria-current="page"]').text()).toContain(h1.split(' ')[0]);
      expect($('.breadcrumbs a').first().attr('href')).toBe('/zh/');
      expect($('.pager a').length).toBe(n === 1 || n === 13 ? 1 : 2);
    },
  );

  it('names chapter 5 as the plan does', () => {
    expect(loadPage(zh.chapter(5))('title').text()).toBe(
      '第五章 深化系统治理,稳步提升水生态环境 | 黔东南州“十四五”生态环境保护规划',
    );
  });

  it('sets the ten boxes apart and gives headings copyable anchors', () => {
    const boxes = Array.from(
      { length: 13 },
      (_, i) => loadPage(zh.chapter(i + 1))('aside.box').length,
    );
    expect(boxes.reduce((a, b) => a + b)).toBe(10);
    const $ = loadPage(zh.chapter(5));
    expect($('h2#c5-s1 a.anchor').attr('href')).toBe('#c5-s1');
  });

  it('renders Table 2-1 from data with its footnote', () => {
    const $ = loadPage(zh.chapter(2));
    expect($('table caption').text()).toBe('表2-1 黔东南州“十四五”生态环境保护目标指标');
    expect($('table tbody tr')).toHaveLength(INDICATORS);
    expect(
      $('#indicator-forest-coverage td:not(.card-only)')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['16', '67.98', '70左右', '约束指标']);
    expect(
      $('#indicator-rural-sewage-treatment td:not(.card-only)')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['7', '', '25', '预期性指标']);
    expect($('.table-footnote').text()).toBe('*为2021年5月现状值');
  });

  it('shows every editorial note with the original wording', () => {
    const $ = loadPage(zh.chapter(5));
    const note = $('#note-heading-c5-s4');
    expect(note.find('q').text()).toBe('四节保障饮用水水质安全');
    expect(note.text()).toContain('编者注');
  });
});

describe('home page', () => {
  const $ = loadPage('zh/');
  it('shows the publication record', () => {
    const record = Object.fromEntries(
      $('dl.info-block dt')
        .map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]])
        .get(),
    );
    expect(record).toMatchObject({
      索引号: '000014349/2022-3496293',
      成文日期: '2022-09-20',
      发布时间: '2022-09-20',
      名称: '黔东南州“十四五”生态环境保护规划',
    });
  });
  it('lists the 13 chapters, one line each', () => {
    expect($('ol.contents > li')).toHaveLength(13);
    expect($('ol.contents a').length).toBe(13);
  });
  it('shows the indicators with their targets as the plan words them', () => {
    expect($('.indicator-grid').text()).toContain('70%左右');
  });
});

describe('the whole built site', () => {
  const files = filesUnder(DIST, '.html');
  it('has a 404 page', () => {
    expect(files.map((f) => relative(DIST, f))).toContain('404.html');
  });
  it('requests nothing from another origin', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const $ = loadPage(relative(DIST, file));
      const urls = $(
        '[src], link[rel="stylesheet"], link[rel="icon"], link[rel="preload"], link[rel="modulepreload"], script[src]',
      )
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get();
      // The icon is drawn inline (an SVG data URL, no request at all); everything else is a path
      // on this site.
      for (const url of urls)
        expect(url, `${relative(DIST, file)}: ${url}`).toMatch(/^\/(?!\/)|^data:image\/svg\+xml,/);
      expect(
        $('[src^="data:"], link[rel="stylesheet"][href^="data:"], script[src^="data:"]'),
      ).toHaveLength(0);
      expect(html, relative(DIST, file)).not.toMatch(
        /@import\s+url\(\s*['"]?https?:|fonts\.googleapis|url\(\s*['"]?https?:/,
      );
    }
  });
});
