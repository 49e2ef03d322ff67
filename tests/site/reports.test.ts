/** The built report pages, index, method page and feeds, in both languages. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST, DRAFTS_DIST, loadPage } from './built-site.ts';
import { INDICATORS } from '../counts.ts';
import { en, urlsIn, zh } from '../site-urls.ts';
import { parsePage } from '../../src/lib/core/urls.ts';
import { ABOUT_TOLERANCE } from '../../src/lib/reports/status.ts';

const reports = [
  { id: '2023-midterm', zh: '2023年中期评估', en: 'Mid-term evaluation 2023' },
  { id: '2025-final', zh: '2025年总结评估', en: 'Final evaluation 2025' },
];

describe.each(reports)('report $id', (report) => {
  // Both reports are drafts (no figure has a published source yet): a production build shows each
  // as "not yet published" with none of its figures. Full pages are tested on a preview build with
  // synthetic values in tests/cli/drafts.test.ts.
  it.each([
    ['zh', '尚未发布'],
    ['en', 'Not yet published'],
  ] as const)('in %s is "not yet published", with no figures', (lang, words) => {
    const $ = loadPage(`${lang}/reports/${report.id}/`);
    expect($('title').text()).toMatch(new RegExp(`^${report[lang]} \\| `));
    expect($('.banner').text()).toContain(words);
    expect($('main dd').first().text()).toBe(report.id.slice(0, 4));
    expect($('table, canvas')).toHaveLength(0);
    expect($('[data-search-type]')).toHaveLength(0);
  });
});

// The preview build (PREVIEW_DRAFTS=1, dist-drafts/) renders drafts in full, as they will read once published.
describe.each(reports)('report $id in the preview build', (report) => {
  it.each(['zh', 'en'] as const)(
    'renders in %s with all the indicators, targets, projects, and no chart while every value is pending',
    (lang) => {
      const $ = loadPage(`${lang}/reports/${report.id}/`, DRAFTS_DIST);
      expect($('tr[id^="indicator-"]')).toHaveLength(INDICATORS);
      expect($('tr[id^="target-"]').length).toBeGreaterThanOrEqual(40);
      expect($('tr[id^="project-"]').length).toBeGreaterThanOrEqual(50);
      expect($('[data-status-chart]')).toHaveLength(1);
      const summary = $('[data-status-chart]').closest('figure');
      expect(summary.find('.status-bar').length, 'a bar for every row of the summary table').toBe(
        summary.find('tbody tr').length,
      );
      expect(summary.find('tbody tr').length).toBeGreaterThanOrEqual(2);
      // No figure is reported yet: no chart of a lone baseline dot or a flat target line; each
      // indicator is listed once as pending, with its baseline and target.
      expect($('canvas[data-series]')).toHaveLength(0);
      expect($('ul.chartless > li')).toHaveLength(INDICATORS);
      expect($('ul.chartless > li').first().text()).toMatch(
        lang === 'zh' ? /基期值.*目标值/ : /baseline .*target/,
      );
    },
  );
  it.each(['zh', 'en'] as const)(
    'says in %s how the evaluation was made: basis, method, and the sources it cites (none yet)',
    (lang) => {
      const $ = loadPage(`${lang}/reports/${report.id}/`, DRAFTS_DIST);
      const basis = $('#evaluation-basis');
      expect(basis.find(`a[href="${urlsIn(lang).chapter(13)}#c13-s6-p1"]`).text()).toBe(
        lang === 'zh' ? '第十三章第六节第1段' : 'Ch. 13, §6, ¶1',
      );
      expect(basis.find(`a[href="/${lang}/about/method/"]`)).toHaveLength(1);
      expect(basis.find('[data-report-field="sources"]').text()).toMatch(
        lang === 'zh' ? /^尚无填报数值/ : /^No figure has been reported yet/,
      );
      // Before the six parts, not one of them.
      expect(basis.next('section').attr('id')).toBe('overall-progress');
    },
  );
  it('is a draft with every value pending, since no figure has a published source yet', () => {
    const $ = loadPage(zh.report(report.id), DRAFTS_DIST);
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($('.banner').text()).toContain('草稿');
    const values = $('tr[id^="indicator-"] td.current')
      .map((_, td) => $(td).text())
      .get();
    expect(values).toHaveLength(INDICATORS);
    expect(values.every((v) => v === '待填报')).toBe(true);
  });
  it.each(['zh', 'en'] as const)(
    'follows the outline of its kind in %s (six parts, seven at mid-term), each part a section with its permanent id',
    (lang) => {
      const $ = loadPage(`${lang}/reports/${report.id}/`, DRAFTS_DIST);
      const midterm = report.id.endsWith('midterm');
      const parts = [
        'overall-progress',
        'main-indicators',
        'key-tasks',
        'key-projects',
        'main-problems',
        'recommendations',
        ...(midterm ? ['plan-adjustments'] : []),
      ];
      expect(
        $('section.report-part')
          .map((_, s) => $(s).attr('id'))
          .get(),
      ).toEqual(parts);
      const headings = $('section.report-part > h2')
        .map((_, h) => $(h).text())
        .get();
      const last = report.id.endsWith('final')
        ? lang === 'zh'
          ? '六、经验与对“十五五”的建议'
          : '6. Lessons and recommendations for the 15th Five-Year Plan'
        : lang === 'zh'
          ? '七、规划调整建议'
          : '7. Proposed adjustments to the plan';
      expect(headings.at(-1)).toBe(last);
      expect(
        $('.report-toc a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(parts.map((id) => `#${id}`));
      // Every narrative part is still empty: each reads 待填写 / To be written, never a blank under its heading.
      const placeholder = lang === 'zh' ? '待填写' : 'To be written';
      for (const id of ['overall-progress', 'main-problems', 'recommendations'])
        expect($(`#${id} .to-be-written`).text(), id).toBe(placeholder);
      if (midterm) expect($('#plan-adjustments .to-be-written').text()).toBe(placeholder);
      // The binding indicators are marked in the table and named in the overview (all lack data today).
      expect($('tr[id^="indicator-"] .binding-mark')).toHaveLength(8);
      expect($('[data-concern="no-data"]').text()).toContain(
        lang === 'zh' ? '森林覆盖率(%)' : 'Forest coverage',
      );
      // Grouped by chapter and by box, each row linking to its plan paragraph.
      expect($('#key-tasks h3').length).toBeGreaterThanOrEqual(5);
      expect($('#key-projects h3')).toHaveLength(10);
      for (const row of $('tr[id^="target-"], tr[id^="project-"]').toArray()) {
        const href = $(row).find('a[href*="#c"], a[href*="#box-"]').attr('href') ?? '';
        expect(parsePage('/', href.split('#')[0]!)?.kind, href).toBe('chapter');
        expect(href).toMatch(/#(c\d+|box-\d+)-/);
      }
    },
  );
  it.each(['zh', 'en'] as const)(
    'states in %s the tolerance of “about” that the status rule applies',
    (lang) => {
      const tolerance = `${Number((ABOUT_TOLERANCE * 100).toFixed(4))}%`;
      const method = loadPage(urlsIn(lang).about('method')).text();
      expect(method).toContain(lang === 'zh' ? `相差不超过${tolerance}` : `within ${tolerance}`);
    },
  );
  it('shows each 序时进度值 in its row (the target itself in the final report)', () => {
    const $ = loadPage(zh.report(report.id), DRAFTS_DIST);
    const forest = $('#indicator-forest-coverage td.scheduled').text();
    expect(forest).toBe(report.id.endsWith('final') ? '70' : '69.19');
    expect($('#indicator-forest-coverage .status').first().text()).toBe('暂无数据');
  });
});

describe('the final report in the preview build', () => {
  it('compares with the mid-term', () => {
    expect(
      loadPage(en.report('2025-final'), DRAFTS_DIST)('th:contains("Mid-term evaluation")').length,
    ).toBeGreaterThan(0);
    expect(
      loadPage(en.report('2023-midterm'), DRAFTS_DIST)('th:contains("Mid-term evaluation")').length,
    ).toBe(0);
  });
});

describe('comparison and feeds', () => {
  it('lists the reports, links the method page and the feed', () => {
    const $ = loadPage(en.reports());
    expect($('.report-list li')).toHaveLength(2);
    expect(
      $('.report-list .badge')
        .map((_, b) => $(b).text().trim())
        .get(),
    ).toEqual(['Not yet published', 'Not yet published']);
    // The badge stands apart from the report's name: "2025 Not yet published", never "2025Not".
    expect($('.report-list li').first().text()).toMatch(/\d{4} Not yet published/);
    expect($('a[href="/en/reports/rss.xml"]')).toHaveLength(1);
    const method = loadPage(zh.about('method'));
    expect(method('table').first().find('tbody tr')).toHaveLength(4);
    expect(
      method('table')
        .eq(1)
        .find('tbody td')
        .map((_, td) => method(td).text())
        .get(),
    ).toEqual(
      expect.arrayContaining([
        '已完成（提前实现）',
        '达到序时进度',
        '滞后于序时进度',
        '未完成',
        '暂无数据',
      ]),
    );
    expect(method('a.ref[data-ref="c13-s6-p1"]').attr('href')).toBe(`${zh.chapter(13)}#c13-s6-p1`);
    expect(method('a.ref').text()).toBe('第十三章第六节第1段');
  });
  it.each(['zh', 'en'])('%s feed is RSS 2.0 and lists no draft', (lang) => {
    const doc = new XMLParser().parse(readFileSync(join(DIST, lang, 'reports', 'rss.xml'), 'utf8'));
    expect(doc.rss.channel.title.length).toBeGreaterThan(5);
    expect(doc.rss.channel.link).toBe(`https://example.invalid/${lang}/reports/`);
    expect(doc.rss.channel.item).toBeUndefined();
  });
});
