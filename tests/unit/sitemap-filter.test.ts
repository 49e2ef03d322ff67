import { describe, expect, it } from 'vitest';
import { siteRedirects } from '../../src/lib/core/redirects.ts';
import { sitemapFilter } from '../../src/lib/publishing/sitemap-filter.ts';
import { latestPublicReport } from '../../src/lib/reports/report-visibility.ts';
import { urlsIn } from '../site-urls.ts';

const reports = new Map([
  ['2023-midterm', { state: 'published' as const }],
  ['2025-final', { state: 'draft' as const }],
]);

describe('sitemapFilter', () => {
  const keep = sitemapFilter('https://example.org/some/prefix/', reports);
  it('keeps pages of both languages', () => {
    expect(keep(`https://example.org${urlsIn('zh', '/some/prefix/').chapter(5)}`)).toBe(true);
    expect(keep('https://example.org/some/prefix/en/')).toBe(true);
  });
  it('lists published reports and leaves drafts and unknown reports out', () => {
    expect(keep('https://example.org/some/prefix/en/reports/2023-midterm/')).toBe(true);
    expect(keep('https://example.org/some/prefix/en/reports/2025-final/')).toBe(false);
    expect(keep('https://example.org/some/prefix/zh/reports/2027-other/')).toBe(false);
    expect(keep('https://example.org/some/prefix/zh/reports/2024-annual-review/')).toBe(false);
    expect(keep('https://example.org/some/prefix/zh/reports/')).toBe(true);
  });
  it('leaves out the root redirect, the 404 page, feeds and data files', () => {
    expect(keep('https://example.org/some/prefix/')).toBe(false);
    expect(keep('https://example.org/some/prefix/404/')).toBe(false);
    expect(keep('https://example.org/some/prefix/en/reports/rss.xml')).toBe(false);
    expect(keep('https://example.org/some/prefix/data/indicators.csv')).toBe(false);
    expect(keep('https://example.org/other/zh/')).toBe(false);
  });
  it('leaves out every address that leads elsewhere', () => {
    for (const r of siteRedirects('/some/prefix/'))
      expect(keep(`https://example.org${r.from}`), r.from).toBe(false);
  });
});

describe('latestPublicReport', () => {
  it('picks the newest published report and never a draft', () => {
    const r = (year: number, state: 'draft' | 'published') => ({
      id: String(year),
      meta: { year, state },
    });
    expect(latestPublicReport([r(2025, 'draft'), r(2023, 'published')])?.id).toBe('2023');
    expect(latestPublicReport([r(2023, 'draft')])).toBeUndefined();
  });
});
