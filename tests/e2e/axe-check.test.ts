/** The accessibility check the browser tests rely on finds what it must: a page that breaks WCAG fails it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launch } from '../../scripts/lib/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axeViolations', () => {
  it('names each broken rule with the elements that break it, and nothing on a sound page', async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh"><head><title>测试</title></head><body>
      <main><h1>测试页</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt">
        <p id="faint" style="color:#ccc;background:#fff">浅色文字</p>
        <p id="faint-too" style="color:#ddd;background:#fff">更浅的文字</p>
      </main></body></html>`);
    const violations = await axeViolations(page);
    expect(violations.find((v) => v.startsWith('image-alt:'))).toContain('#no-alt');
    expect(violations.find((v) => v.startsWith('color-contrast:'))).toBe(
      'color-contrast: #faint, #faint-too',
    );
    await page.setContent(`<!doctype html><html lang="zh"><head><title>测试</title></head><body>
      <main><h1>测试页</h1><p>正文</p></main></body></html>`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
