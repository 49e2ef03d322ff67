/**
 * Both evaluation reports in both languages, in Chromium through nginx (the preview build, which
 * renders the drafts in full): the outline of the kind (six parts, seven at mid-term) in
 * order with working contents links, no axe violation, within the report page budget (100 KB
 * compressed, as npm run bench), and a print rendering without navigation and with chart data.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launch } from '../../scripts/lib/chromium.ts';
import { en, zh } from '../site-urls.ts';

const PARTS = [
  'overall-progress',
  'main-indicators',
  'key-tasks',
  'key-projects',
  'main-problems',
  'recommendations',
];
const MIDTERM = [...PARTS, 'plan-adjustments'];
const cases = [
  { path: zh.report('2023-midterm'), last: '七、规划调整建议', empty: '待填写' },
  {
    path: en.report('2023-midterm'),
    last: '7. Proposed adjustments to the plan',
    empty: 'To be written',
  },
  { path: zh.report('2025-final'), last: '六、经验与对“十五五”的建议', empty: '待填写' },
  {
    path: en.report('2025-final'),
    last: '6. Lessons and recommendations for the 15th Five-Year Plan',
    empty: 'To be written',
  },
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 412, height: 823 } });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(cases)('$path', ({ path, last, empty }) => {
  it('follows the outline of its kind, each part reachable from the contents', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${inject('draftsOrigin')}${path}`, { waitUntil: 'load' });
    const outline = await page.$$eval('article section.report-part', (sections) =>
      sections.map((s) => ({
        id: s.id,
        heading: s.querySelector('h2')?.textContent ?? '',
        text: (s as HTMLElement).innerText,
      })),
    );
    expect(outline.map((s) => s.id)).toEqual(path.includes('midterm') ? MIDTERM : PARTS);
    expect(outline.at(-1)!.heading).toBe(last);
    for (const id of ['overall-progress', 'main-problems', 'recommendations'])
      expect(outline.find((s) => s.id === id)!.text).toContain(empty);
    await page.click(`.report-toc a[href="#main-problems"]`);
    await page.waitForURL(`**${path}#main-problems`);
    expect(
      await page.$eval('#main-problems', (el) => {
        const r = el.getBoundingClientRect();
        return r.top >= -1 && r.top < window.innerHeight;
      }),
    ).toBe(true);
  });
  it('on a 390 px phone, the status summary table fits without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${inject('draftsOrigin')}${path}`, { waitUntil: 'load' });
    const wrap = phone.locator('#overall-progress .table-wrap').first();
    await expect.poll(() => wrap.count()).toBe(1);
    const { scroll, client } = await wrap.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    await phone.close();
    expect(scroll).toBeLessThanOrEqual(client);
  });
  it('has no accessibility violation and stays within the report page budget', async () => {
    const finished: Request[] = [];
    const onFinished = (r: Request) => {
      finished.push(r);
    };
    page.on('requestfinished', onFinished);
    await page.goto(`${inject('draftsOrigin')}${path}`, { waitUntil: 'networkidle' });
    page.off('requestfinished', onFinished);
    const bytes = (
      await Promise.all(
        finished.map(async (r) => {
          const s = await r.sizes();
          return s.responseBodySize + s.responseHeadersSize;
        }),
      )
    ).reduce((a, b) => a + b, 0);
    expect(bytes / 1024, 'KB transferred').toBeLessThanOrEqual(100);
    // axe on a desktop, as tests/e2e/all-pages.test.ts does (the phone check there is for horizontal scroll).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${inject('draftsOrigin')}${path}`, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);
    await page.setViewportSize({ width: 412, height: 823 });
    expect(violations).toEqual([]);
  });
  it('prints without navigation, with table headers repeated and chart data shown', async () => {
    await page.goto(`${inject('draftsOrigin')}${path}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      toc: getComputedStyle(document.querySelector('.report-toc')!).display,
      thead: getComputedStyle(document.querySelector('#main-indicators thead')!).display,
      rowBreak: getComputedStyle(document.querySelector('#main-indicators tbody tr')!).breakInside,
      chartData: [...document.querySelectorAll('figure.chart details table')].every(
        (t) => (t as HTMLElement).getBoundingClientRect().height > 0,
      ),
      // The groups of parts 3 and 4 that are folded on screen print unfolded.
      foldedPrinted: [...document.querySelectorAll('details.report-group table')].every(
        (t) => (t as HTMLElement).getBoundingClientRect().height > 0,
      ),
      groups: document.querySelectorAll('details.report-group table').length,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(shown).toEqual({
      header: 'none',
      toc: 'block',
      thead: 'table-header-group',
      rowBreak: 'avoid',
      chartData: true,
      foldedPrinted: true,
      groups: expect.any(Number),
    });
    expect(shown.groups).toBeGreaterThan(10);
  });
  it.each([1280, 390])(
    'reads as a compact document at %i px while every value is pending: no empty chart, groups folded, under the height budget',
    async (width) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${inject('draftsOrigin')}${path}`, { waitUntil: 'load' });
      const layout = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        charts: document.querySelectorAll('figure.chart canvas').length,
        open: document.querySelectorAll('details.report-group[open]').length,
        backLinks: document.querySelectorAll('section.report-part .back-to-contents a').length,
      }));
      await page.setViewportSize({ width: 412, height: 823 });
      expect(layout.charts).toBe(0);
      expect(layout.open).toBe(0);
      expect(layout.backLinks).toBe(path.includes('midterm') ? MIDTERM.length : PARTS.length);
      // Was 15,710 px on a desktop and 40,615 px on a phone before folding and pending lists.
      expect(layout.height).toBeLessThan(width === 1280 ? 9_000 : 22_000);
    },
  );
});
