/**
 * Every built page, served by nginx with the shipped CSP, in Chromium: loads with no console
 * error, failed request or CSP violation; has zero axe (WCAG 2.2 A/AA) violations; and has no
 * horizontal scroll on a 360 px phone.
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
/** A desktop page and a phone page, used by one test at a time. */
interface Lane {
  desktop: WatchedPage;
  phone: WatchedPage;
}
/**
 * Pages are checked three at a time, each in its own lane: most of a page's time is spent waiting
 * for the network to go quiet, which three lanes do side by side even on two cores.
 */
const LANES = 3;
const free: Lane[] = [];
const waiting: ((lane: Lane) => void)[] = [];
async function inLane(check: (lane: Lane) => Promise<void>): Promise<void> {
  const lane = free.pop() ?? (await new Promise<Lane>((resolve) => waiting.push(resolve)));
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
  for (let i = 0; i < LANES; i++)
    free.push({
      desktop: await watchedPage(browser),
      phone: await watchedPage(browser, { width: 360, height: 740 }),
    });
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(100));

  it.concurrent.for(pages)('%s', (path, { expect }) =>
    inLane(async ({ desktop, phone }) => {
      desktop.problems.length = 0;
      const response = await desktop.page.goto(`${inject('origin')}${path}`, {
        waitUntil: 'networkidle',
      });
      expect(response?.status()).toBe(200);
      // The root sends readers to the Chinese home page at once.
      if (path === '/') await desktop.page.waitForURL('**/zh/', { waitUntil: 'networkidle' });
      const violations = await axeViolations(desktop.page);
      expect(violations, 'axe').toEqual([]);
      expect(desktop.problems, 'console, requests, CSP').toEqual([]);

      phone.problems.length = 0;
      await phone.page.goto(`${inject('origin')}${path}`, { waitUntil: 'load' });
      if (path === '/') await phone.page.waitForURL('**/zh/', { waitUntil: 'load' });
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 360 px').toBeLessThanOrEqual(0);
      expect(phone.problems).toEqual([]);
    }),
  );
});
