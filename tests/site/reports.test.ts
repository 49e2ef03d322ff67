/** The built report pages, index, method page and feeds, in both languages. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST, loadPage } from './built-site.ts';

const reports = [
  { id: '2023-midterm', zh: '2023年中期评估', en: 'Mid-term evaluation 2023' },
  { id: '2025-final', zh: '2025年总结评估', en: 'Final evaluation 2025' },
];

describe.each(reports)('report $id', (report) => {
  // Both reports are drafts (no figure has a published source yet): a production build shows each
  // as "not yet published" with none of its figures. Full pages are tested on a preview build with
  // synthetic values in tests/cli/drafts.test.ts.
  it.each([['zh', '尚未发布'], ['en', 'Not yet published']] as const)('in %s is "not yet published", with no figures', (lang, words) => {
    const $ = loadPage(`${lang}/reports/${report.id}/`);
    expect($('title').text()).toMatch(new RegExp(`^${report[lang]} \\| `));
    expect($('.banner').text()).toContain(words);
    expect($('main dd').first().text()).toBe(report.id.slice(0, 4));
    expect($('table, canvas')).toHaveLength(0);
    expect($('[data-search-type]')).toHaveLength(0);
  });
});

describe('comparison and feeds', () => {
  it('lists the reports, links the method page and the feed', () => {
    const $ = loadPage('en/reports/');
    expect($('.report-list li')).toHaveLength(2);
    expect($('.report-list .badge').map((_, b) => $(b).text().trim()).get()).toEqual(['Not yet published', 'Not yet published']);
    expect($('a[href="/en/reports/rss.xml"]')).toHaveLength(1);
    expect(loadPage('zh/about/method/')('table tbody tr')).toHaveLength(4);
  });
  it.each(['zh', 'en'])('%s feed is RSS 2.0 and lists no draft', (lang) => {
    const doc = new XMLParser().parse(readFileSync(join(DIST, lang, 'reports', 'rss.xml'), 'utf8'));
    expect(doc.rss.channel.title.length).toBeGreaterThan(5);
    expect(doc.rss.channel.link).toBe(`https://example.invalid/${lang}/reports/`);
    expect(doc.rss.channel.item).toBeUndefined();
  });
});
