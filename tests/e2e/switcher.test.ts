/** In a real browser: the language switcher keeps the reader's section. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/chromium.ts';
import { SUBPATH, en, urlsIn, zh } from '../site-urls.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switcher', () => {
  it('keeps the #section the reader followed', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${inject('origin')}${zh.chapter(5)}#c5-s4`);
    await page.click('.lang-switch a');
    await page.waitForURL(`**${en.chapter(5)}**`);
    expect(new URL(page.url()).hash).toBe('#c5-s4');
    expect(await page.locator('h2#c5-s4').textContent()).toContain('Section 4');
    expect(problems).toEqual([]);
  });

  it('keeps the section the reader scrolled to, from English to Chinese', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${inject('origin')}${en.chapter(11)}`);
    await page.locator('#c11-s3-p1').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.click('.lang-switch a');
    await page.waitForURL(`**${zh.chapter(11)}**`);
    expect(new URL(page.url()).hash).toBe('#c11-s3-p1');
    const top = await page.locator('#c11-s3-p1').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    expect(problems).toEqual([]);
  });

  it('works in the parallel view and under a sub-path', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${inject('subpathOrigin')}${urlsIn('en', SUBPATH).parallel(2)}#c2-s4-p1`);
    await page.click('.lang-switch a');
    await page.waitForURL(`**${urlsIn('zh', SUBPATH).parallel(2)}#c2-s4-p1`);
    expect(problems).toEqual([]);
  });
});
