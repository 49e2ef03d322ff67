/** Indicator pages, the targets and projects pages, and the links between paragraphs and entries. */
import { describe, expect, it } from 'vitest';
import { loadPage } from './built-site.ts';
import { INDICATORS } from '../counts.ts';
import { urlsIn } from '../site-urls.ts';

describe.each(['zh', 'en'])('%s registers', (lang) => {
  it('lists every indicator, filterable by category and type and sortable', () => {
    const $ = loadPage(`${lang}/indicators/`);
    expect($('#indicator-list tbody tr')).toHaveLength(INDICATORS);
    expect($('select[data-filter="category"] option')).toHaveLength(5);
    expect($('select[data-filter="type"] option')).toHaveLength(3);
    expect($('#indicator-list th button.sort-button')).toHaveLength(6);
  });
  it('has a page per indicator with baseline, target, type and the paragraphs on it', () => {
    const $ = loadPage(`${lang}/indicators/forest-coverage/`);
    expect($('dl.record').text()).toContain('67.98');
    expect($('canvas[data-series]')).toHaveLength(1);
    expect($('figure.chart details table tbody tr').length).toBeGreaterThanOrEqual(2);
    expect($('ul.mentions a').first().attr('href')).toBe(`${urlsIn(lang).chapter(11)}#c11-s1-p4`);
  });
  it('says why there is no chart where the plan gives no number', () => {
    const $ = loadPage(`${lang}/indicators/soil-water-conservation-rate/`);
    expect($('canvas')).toHaveLength(0);
    expect($('#chart').next('p').text().length).toBeGreaterThan(20);
  });
  it('links every target to its paragraph, and the paragraph back to the target', () => {
    const $ = loadPage(`${lang}/targets/`);
    const rows = $('tr[id^="target-"]');
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const row = $('#target-county-sewage-treatment-rate');
    expect(row.find('a').first().attr('href')).toBe(`${urlsIn(lang).chapter(5)}#c5-s5-p4`);
    const chapter = loadPage(urlsIn(lang).chapter(5));
    expect(
      chapter('#c5-s5-p4')
        .next('.entry-links')
        .find(`a[href="/${lang}/targets/#target-county-sewage-treatment-rate"]`),
    ).toHaveLength(1);
    expect(chapter('#chapter-targets').next('ul').find('li').length).toBeGreaterThan(0);
  });
  it('groups the projects by box, all ten boxes', () => {
    const $ = loadPage(`${lang}/projects/`);
    expect($('section h2')).toHaveLength(10);
    expect($('tr[id^="project-"]').length).toBeGreaterThanOrEqual(50);
  });
  it('links the downloads', () => {
    const hrefs = loadPage(`${lang}/data/`)('article a')
      .map((_, a) => loadPage(`${lang}/data/`)(a).attr('href'))
      .get();
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/data/indicators.csv',
        '/data/indicators.json',
        '/data/targets.csv',
        '/data/projects.csv',
        '/data/datapackage.json',
      ]),
    );
  });
});
