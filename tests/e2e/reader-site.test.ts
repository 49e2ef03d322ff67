/**
 * The public reader's site in Chromium through nginx: screenshots of the home page, a chapter,
 * the parallel view and a report at 360 px and 1280 px in both languages (saved under
 * test-results/screenshots/), each checked for horizontal overflow, a truncated site name,
 * overlapping header elements and navigation links off-screen; the font-size control; the cite
 * dialog; and the English column's Latin font in the parallel view.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, watchedPage, type WatchedPage } from '../../scripts/lib/chromium.ts';
import { en as enUrls, urlsIn, zh as zhUrls } from '../site-urls.ts';

const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
/** A built report page (whichever reports this build publishes). */
const report = readdirSync(join(ROOT, 'dist/zh/reports'), { withFileTypes: true }).find(
  (d) => d.isDirectory() && existsSync(join(ROOT, 'dist/zh/reports', d.name, 'index.html')),
)?.name;
const kinds = {
  home: (lang: string) => urlsIn(lang).home(),
  chapter: (lang: string) => urlsIn(lang).chapter(5),
  parallel: (lang: string) => urlsIn(lang).parallel(5),
  report: (lang: string) => urlsIn(lang).report(report!),
} as const;
const cases = (['zh', 'en'] as const).flatMap((lang) =>
  (Object.keys(kinds) as (keyof typeof kinds)[]).flatMap((kind) =>
    [360, 1280].map((width) => ({ lang, kind, width, path: kinds[kind](lang) })),
  ),
);

let browser: Browser;
const pages = new Map<number, WatchedPage>();
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  for (const width of [360, 1280])
    pages.set(width, await watchedPage(browser, { width, height: 800 }));
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Boxes of the header's visible parts, and how the site name and the nav links fit. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const box = (name: string, el: Element | null) => {
      if (!el || !(el instanceof HTMLElement) || el.offsetParent === null) return undefined;
      const r = el.getBoundingClientRect();
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const title = document.querySelector<HTMLElement>('.site-title')!;
    const parts = [
      box('title', title),
      box('nav', document.querySelector('.site-nav')),
      box('search', document.querySelector('.site-search')),
      box('language', document.querySelector('.lang-switch')),
    ].filter((b) => b !== undefined);
    const links = [...document.querySelectorAll<HTMLElement>('.site-nav a')].map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent, left: r.left, right: r.right };
    });
    return {
      parts,
      titleCut:
        title.scrollWidth > title.clientWidth + 1 ||
        getComputedStyle(title).textOverflow === 'ellipsis',
      linksOff: links
        .filter((l) => l.left < 0 || l.right > document.documentElement.clientWidth + 0.5)
        .map((l) => l.text),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // Controls the cite button covers (it floats only after scrolling; at load it covers nothing).
      covered: (() => {
        const cite = document.querySelector('.cite-open:not([hidden])')?.getBoundingClientRect();
        if (!cite) return [];
        return [...document.querySelectorAll<HTMLElement>('main a, main button, main input')]
          .filter((el) => !el.classList.contains('cite-open') && el.offsetParent !== null)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.left < cite.right &&
              cite.left < r.right &&
              r.top < cite.bottom &&
              cite.top < r.bottom
            );
          })
          .map((el) => el.textContent);
      })(),
    };
  });
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

describe('screenshots at 360 px and 1280 px, both languages', () => {
  it('a report page is built to check', () => expect(report).toBeDefined());

  it.each(cases)('$lang $kind at $width px', async ({ lang, kind, width, path }) => {
    const { page, problems } = pages.get(width)!;
    problems.length = 0;
    const response = await page.goto(`${inject('origin')}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.screenshot({ path: join(SHOTS, `${lang}-${kind}-${width}.png`), fullPage: false });
    const layout = await headerLayout(page);
    expect(layout.overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    expect(layout.titleCut, 'site name truncated').toBe(false);
    expect(layout.linksOff, 'navigation links off-screen').toEqual([]);
    expect(layout.covered, 'controls under the cite button').toEqual([]);
    expect(layout.parts.length).toBeGreaterThanOrEqual(3);
    for (const [i, a] of layout.parts.entries()) {
      for (const b of layout.parts.slice(i + 1))
        expect(overlaps(a, b), `${a.name} overlaps ${b.name}`).toBe(false);
    }
    expect(problems).toEqual([]);
  });
});

describe('reading font size (小 / 中 / 大)', () => {
  it('is applied to the text and remembered on the next page', async () => {
    const { page } = pages.get(1280)!;
    await page.goto(`${inject('origin')}${zhUrls.chapter(5)}`, { waitUntil: 'load' });
    const size = () =>
      page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('article p[id]')!).fontSize),
      );
    const medium = await size();
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大' }).click();
    expect(await size()).toBeGreaterThan(medium);
    expect(await page.getByRole('button', { name: '大' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.goto(`${inject('origin')}${enUrls.chapter(6)}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset['fontSize'])).toBe('large');
    expect(await page.getByRole('button', { name: 'Large' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'Medium' }).click();
    expect(await page.evaluate(() => localStorage.getItem('qdn-font-size'))).toBe('medium');
  });
});

describe('cite or link a paragraph', () => {
  it.each([
    {
      lang: 'zh',
      open: '引用或链接',
      gbt: '第二节第3段[EB/OL]. (2022-09-20)',
      apa: '(2022年9月20日)',
      copy: '复制GB/T 7714引文',
      copied: '已复制',
    },
    {
      lang: 'en',
      open: 'Cite or link',
      gbt: '§2, ¶3 (English translation)[EB/OL]. (2022-09-20)',
      apa: '(2022, September 20)',
      copy: 'Copy GB/T 7714 citation',
      copied: 'Copied',
    },
  ])(
    '$lang: cites the paragraph in the URL, by keyboard, and copies it',
    async ({ lang, open, gbt, apa, copy, copied }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: inject('origin'),
      });
      const page = await context.newPage();
      await page.goto(`${inject('origin')}${urlsIn(lang).chapter(1)}#c1-s2-p3`, {
        waitUntil: 'load',
      });
      // No button on every paragraph: one control for the page.
      expect(
        await page.locator('article p[id] button, article p[id] [role="button"]').count(),
      ).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: open }).isVisible()).toBe(true);
      // Scrolled to the paragraph, the control floats at the screen's corner, within reach.
      await expect
        .poll(() => page.locator('.cite-dock').getAttribute('class'))
        .toContain('floating');
      const corner = await page.getByRole('button', { name: open }).boundingBox();
      expect(corner!.y + corner!.height).toBeLessThanOrEqual(800);
      expect(corner!.y).toBeGreaterThan(600);
      await page.getByRole('button', { name: open }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      // The dialog's code loads on the first press: it opens once that has arrived.
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getByRole('combobox').inputValue()).toBe('c1-s2-p3');
      const link = await page.locator('#cite-link').inputValue();
      expect(link).toMatch(new RegExp(`${urlsIn(lang).chapter(1)}#c1-s2-p3$`));
      expect(await page.locator('#cite-gbt').inputValue()).toContain(gbt);
      expect(await page.locator('#cite-gbt').inputValue()).toContain(`${link}.`);
      expect(await page.locator('#cite-apa').inputValue()).toContain(apa);
      await dialog.getByRole('button', { name: copy }).click();
      await expect.poll(() => page.locator('[data-cite-status]').textContent()).toBe(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator('#cite-gbt').inputValue(),
      );
      // Choosing another block rewrites the citation; Escape closes the dialog.
      await dialog.getByRole('combobox').selectOption('c1-s3');
      expect(await page.locator('#cite-link').inputValue()).toMatch(/#c1-s3$/);
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
      // Text the reader selected decides which paragraph is cited.
      await page.evaluate(() => {
        const p = document.getElementById('c1-s3-p1')!;
        getSelection()!.selectAllChildren(p);
      });
      await page.getByRole('button', { name: open }).click();
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getByRole('combobox').inputValue()).toBe('c1-s3-p1');
      await page.keyboard.press('Escape');
      await context.close();
    },
  );
});

describe('cite or link a table row', () => {
  it('cites the row of the targets register the URL points at', async () => {
    const { page } = pages.get(360)!;
    const id = await (async () => {
      await page.goto(`${inject('origin')}${enUrls.targets()}`, { waitUntil: 'load' });
      return page.evaluate(() => document.querySelector('tr[id^="target-"]')!.id);
    })();
    await page.goto(`${inject('origin')}${enUrls.targets()}#${id}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Cite or link' }).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.getByRole('dialog').getByRole('combobox').inputValue()).toBe(id);
    expect(await page.locator('#cite-gbt').inputValue()).toContain(
      `: Register of quantitative targets, row ${id}`,
    );
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
  });
});

describe('typography of each script', () => {
  it('sets the English column of the parallel view in a Latin font (quotes included), the Chinese in a CJK font', async () => {
    const { page } = pages.get(1280)!;
    await page.goto(`${inject('origin')}${zhUrls.parallel(1)}`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const fontsOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => f.familyName);
    };
    // An English paragraph with curly quotes and no Chinese characters.
    const id = await page.evaluate(
      () =>
        [...document.querySelectorAll('.pair')].find(
          (p) =>
            /[“”]/.test(p.querySelector('.side[lang="en"] p')?.textContent ?? '') &&
            !/\p{Script=Han}/u.test(p.querySelector('.side[lang="en"] p')?.textContent ?? ''),
        )?.id,
    );
    expect(id).toBeTruthy();
    const en = await fontsOf(`[id="${id}"] .side[lang="en"] p`);
    expect(en.length).toBeGreaterThan(0);
    expect(en.filter((f) => /CJK|Hei|PingFang|YaHei|WenQuanYi/i.test(f))).toEqual([]);
    const zh = await fontsOf(`[id="${id}"] .side[lang="zh-CN"] p`);
    expect(zh.some((f) => /CJK|Hei|PingFang|YaHei|WenQuanYi/i.test(f))).toBe(true);
    await cdp.detach();
  });

  it('keeps closing punctuation from starting a Chinese line (line-break: strict), with no synthesised bold', async () => {
    const { page } = pages.get(360)!;
    await page.goto(`${inject('origin')}${zhUrls.chapter(5)}`, { waitUntil: 'load' });
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('article p[id]')!);
      return { lineBreak: s.lineBreak, synthesis: s.fontSynthesisWeight };
    });
    expect(style).toEqual({ lineBreak: 'strict', synthesis: 'none' });
    // No line of a paragraph starts with a closing mark: measure where each character lands.
    const starts = await page.evaluate(() => {
      const bad: string[] = [];
      for (const p of [...document.querySelectorAll('article p[id]')].slice(0, 40)) {
        const text = p.firstChild;
        if (!(text instanceof Text)) continue;
        const range = document.createRange();
        let lastTop = -Infinity;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const top = range.getClientRects()[0]?.top ?? lastTop;
          if (top > lastTop + 4 && i > 0 && /[,。、;:!?)》”’]/.test(text.data[i]!))
            bad.push(`${p.id}: ${text.data.slice(i, i + 6)}`);
          if (top > lastTop + 4) lastTop = top;
        }
      }
      return bad;
    });
    expect(starts).toEqual([]);
  });
});

describe('on a phone (390 px)', () => {
  it('the cite button never covers text, and the header comes back when the reader scrolls up', async () => {
    const { page, problems } = await watchedPage(browser, { width: 390, height: 844 });
    try {
      await page.goto(`${inject('origin')}${zhUrls.chapter(5)}`, { waitUntil: 'load' });
      for (const y of [0, 1500, 4000]) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await page.waitForTimeout(100);
        const covered = await page.evaluate(() => {
          const button = document.querySelector<HTMLElement>('.cite-open');
          if (!button || button.hidden) return [];
          const b = button.getBoundingClientRect();
          if (b.bottom < 0 || b.top > window.innerHeight) return [];
          return [
            ...document.querySelectorAll<HTMLElement>('main p, main li, main td, main h2, main h3'),
          ]
            .filter((el) => !button.contains(el) && !el.contains(button))
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
            })
            .map((el) => el.textContent!.slice(0, 20));
        });
        expect(covered, `scrolled to ${y}`).toEqual([]);
      }
      // Scrolled down the header is gone; a small scroll up brings it back, pinned at the top.
      await page.evaluate(() => window.scrollTo(0, 4000));
      await page.waitForTimeout(100);
      expect(
        await page.evaluate(
          () => document.querySelector('.site-header')!.getBoundingClientRect().bottom,
        ),
      ).toBeLessThanOrEqual(0);
      await page.mouse.wheel(0, -200);
      await page.waitForFunction(() =>
        document.querySelector('.site-header')!.classList.contains('pinned'),
      );
      const top = await page.evaluate(
        () => document.querySelector('.site-header')!.getBoundingClientRect().top,
      );
      expect(top).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
