/**
 * Every built page, served by nginx with the shipped CSP, in Chromium: loads with no console
 * error, failed request or CSP violation; has zero axe (WCAG 2.2 A/AA) violations; and has no
 * horizontal scroll at the 360 px of a phone (the same page narrowed, as a phone turned upright:
 * the site's layout is CSS alone, no script of its own reads the width; charts redraw to it).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../../src/lib/core/files.ts';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launch, watchedPage, type WatchedPage } from '../../scripts/lib/chromium.ts';

const DIST = join(import.meta.dirname, '../../dist');
const pages = filesUnder(DIST, '.html', ['pagefind', '_astro']).map(
  (f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`,
);

let browser: Browser;
/**
 * Pages are checked three at a time, each in a page of its own: most of a page's time is spent
 * waiting for the network to go quiet, which three pages do side by side even on two cores.
 */
const LANES = 3;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const free: WatchedPage[] = [];
const waiting: ((lane: WatchedPage) => void)[] = [];
async function inLane(check: (lane: WatchedPage) => Promise<void>): Promise<void> {
  const lane = free.pop() ?? (await new Promise<WatchedPage>((resolve) => waiting.push(resolve)));
  try {
    await check(lane);
  } finally {
    const next = waiting.shift();
    if (next) next(lane);
    else free.push(lane);
  }
}
beforeAll(async () => {
  browser = await launch();
  for (let i = 0; i < LANES; i++) free.push(await watchedPage(browser, DESKTOP));
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(100));

  it.concurrent.for(pages)('%s', (path, { expect }) =>
    inLane(async ({ page, problems }) => {
      problems.length = 0;
      await page.setViewportSize(DESKTOP);
      const response = await page.goto(`${inject('origin')}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // The root sends readers to the Chinese home page at once.
      if (path === '/') await page.waitForURL('**/zh/', { waitUntil: 'networkidle' });
      const violations = await axeViolations(page);
      expect(violations, 'axe').toEqual([]);
      expect(problems, 'console, requests, CSP').toEqual([]);

      await page.setViewportSize(PHONE);
      // Measured at once, before any script has redrawn anything (a chart keeps its old width
      // until chart.js redraws it): nothing may widen the page even then.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 360 px').toBeLessThanOrEqual(0);
      expect(problems, 'console, requests, CSP at 360 px').toEqual([]);
    }),
  );
});
