/** Every chart's numbers and summary are in the HTML itself, so nothing depends on the script that draws it. */
import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../src/lib/reports/chart-series.ts';
import { loadPage } from './built-site.ts';
import { en, zh } from '../site-urls.ts';

// Report pages chart only reported figures (none are reported yet; tests/cli/drafts.test.ts
// builds a report with a fixture figure); indicator pages chart baseline and target.
const pages = [en.indicator('forest-coverage'), zh.indicator('good-air-days')];

describe.each(pages)('charts on %s', (path) => {
  const $ = loadPage(path);
  it('have a text summary and a data table with every point the chart draws', () => {
    const canvases = $('canvas[data-series]').toArray();
    expect(canvases.length).toBeGreaterThan(0);
    for (const canvas of canvases) {
      const figure = $(canvas).closest('figure');
      const series = JSON.parse($(canvas).attr('data-series')!) as ChartSeries;
      const summary = figure.find('.visually-hidden-summary').text().trim();
      expect(summary.length, 'a sentence that says what the chart shows').toBeGreaterThan(10);
      const rows = figure
        .find('table tbody tr')
        .toArray()
        .map((tr) => $(tr).find('td').first().text().trim());
      expect(rows).toEqual(series.points.map((p) => String(p.year)));
    }
  });
  it('load no chart code from the page itself: the only chart script is the small lazy loader', () => {
    const scripts = $('script[src]')
      .toArray()
      .map((s) => $(s).attr('src')!);
    expect(scripts.some((src) => /draw-indicator-chart|chart\.[\w-]+\.js/.test(src))).toBe(false);
    expect(
      $('link[rel="modulepreload"]')
        .toArray()
        .map((l) => $(l).attr('href')!)
        .some((h) => /chart/.test(h)),
    ).toBe(false);
  });
});
