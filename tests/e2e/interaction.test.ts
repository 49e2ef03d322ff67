/** In a real browser: charts draw, the keyboard reaches everything with visible focus, filters work. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/chromium.ts';
import { en, zh } from '../site-urls.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Share of a canvas's pixels that are not transparent: 0 when nothing was drawn. */
const inked = (selector: string) =>
  `(() => { const c = document.querySelector(${JSON.stringify(selector)}); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n / (d.length / 4); })()`;

describe('charts', () => {
  it('draw on an indicator page once in view, with no errors', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${inject('origin')}${en.indicator('forest-coverage')}`, {
      waitUntil: 'networkidle',
    });
    await page.locator('canvas[data-series]').scrollIntoViewIfNeeded();
    await page.waitForSelector('canvas[data-series][data-drawn="true"]');
    expect(await page.evaluate(inked('canvas[data-series]'))).toBeGreaterThan(0.01);
    expect(problems).toEqual([]);
  });
  // Reports are drafts, rendered in full only by the preview build (dist-drafts).
  // Report pages chart reported figures only (none yet), so an indicator page on a short phone
  // screen, where the chart starts below the fold, stands for any long page with a chart.
  it('no chart code until a chart is scrolled into view, then it draws', async () => {
    const { page, problems } = await watchedPage(browser, { width: 412, height: 320 });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${inject('origin')}${zh.indicator('forest-coverage')}`, {
      waitUntil: 'networkidle',
    });
    const lastCanvas = page.locator('canvas[data-series]').last();
    const id = (await lastCanvas.getAttribute('id'))!;
    expect(await lastCanvas.getAttribute('data-drawn')).toBeNull();
    expect(
      scripts.filter((s) => /chart/i.test(s) && !/lazy-charts|IndicatorChart/.test(s)),
      'chart.js is not loaded before a chart is near',
    ).toEqual([]);
    await lastCanvas.scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${id}[data-drawn="true"]`);
    expect(await page.evaluate(inked(`#${id}`))).toBeGreaterThan(0.01);
    expect(problems).toEqual([]);
  });
  it('are not loaded where there is no chart', async () => {
    const { page } = await watchedPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${inject('origin')}${zh.chapter(1)}`, { waitUntil: 'networkidle' });
    expect(scripts.some((s) => /chart/i.test(s))).toBe(false);
  });
});

describe('keyboard', () => {
  it('starts with a visible skip link that moves focus to the main content', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${inject('origin')}${zh.chapter(5)}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { cls: a.className, top: r.top, outline: getComputedStyle(a).outlineStyle };
    });
    expect(skip.cls).toBe('skip-link');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
  it('shows a focus outline on every focusable control it passes', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${inject('origin')}${en.indicators()}`);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return `${el.tagName} ${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(style, `tab ${i + 1}`).toMatch(/ solid 3px$/);
    }
  });
  it('filters and sorts the indicators without a mouse', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${inject('origin')}${en.indicators()}`);
    await page.focus('select[data-filter="type"]');
    await page.selectOption('select[data-filter="type"]', 'binding');
    expect(await page.locator('#indicator-list tbody tr:not([hidden])').count()).toBe(8);
    expect(await page.textContent('[data-count]')).toBe('8');
    await page.focus('#indicator-list th[data-key="number"] button');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#indicator-list th[data-key="number"]', 'aria-sort')).toBe(
      'descending',
    );
    expect(await page.locator('#indicator-list tbody tr').first().getAttribute('data-type')).toBe(
      'anticipatory',
    );
    expect(problems).toEqual([]);
  });
});
