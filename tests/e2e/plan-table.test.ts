/**
 * Table 2-1 fits at every width, in both languages and in the parallel view: at 1280 px all six
 * columns inside the page, no cell's text cut or spilling out; at 390 px one card per indicator
 * that names its category, number, indicator, baseline, target and type.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/chromium.ts';
import { urlsIn } from '../site-urls.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const cases = (['zh', 'en'] as const).flatMap((lang) =>
  [urlsIn(lang).chapter(2), urlsIn(lang).parallel(2)].flatMap((path) =>
    [390, 1280].map((width) => ({ lang, path, width })),
  ),
);

describe('Table 2-1', () => {
  it.each(cases)('fits in $path at $width px', async ({ path, width }) => {
    const { page, problems } = await watchedPage(browser, { width, height: 900 });
    try {
      await page.goto(`${inject('origin')}${path}`, { waitUntil: 'load' });
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.plan-wrap')].map((wrap) => {
          const outer = wrap.getBoundingClientRect();
          // Cells on screen (on phones the header row is kept for screen readers only, 1 px wide).
          const cells = [...wrap.querySelectorAll<HTMLElement>('caption, th, td')].filter(
            (cell) => cell.getBoundingClientRect().width > 2,
          );
          return {
            scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
            beyondViewport: outer.right > document.documentElement.clientWidth + 1,
            outside: cells
              .filter((cell) => {
                const r = cell.getBoundingClientRect();
                return r.left < outer.left - 1 || r.right > outer.right + 1;
              })
              .map((cell) => cell.textContent!.trim().slice(0, 30)),
            clipped: cells
              .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
              .map((cell) => cell.textContent!.trim().slice(0, 30)),
            headers: [...wrap.querySelectorAll<HTMLElement>('thead th')].filter(
              (th) => th.getBoundingClientRect().width > 8,
            ).length,
            rows: [...wrap.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => ({
              text: tr.innerText,
              labels: [...tr.querySelectorAll<HTMLElement>('td[data-label]')]
                .filter((td) => td.getClientRects().length > 0)
                .map((td) => td.dataset['label']!),
            })),
          };
        }),
      );
      expect(problems).toEqual([]);
      expect(tables.length).toBeGreaterThanOrEqual(1);
      for (const table of tables) {
        expect(table.scrolls, 'the table needs a horizontal scroll').toBe(false);
        expect(table.beyondViewport).toBe(false);
        expect(table.outside).toEqual([]);
        expect(table.clipped).toEqual([]);
        expect(table.rows.length).toBeGreaterThan(10);
        if (width === 1280) expect(table.headers).toBe(6);
        else
          for (const row of table.rows)
            // A card: category, number, baseline, target and type labelled; the indicator is its title.
            expect(row.labels, row.text).toHaveLength(5);
      }
    } finally {
      await page.close();
    }
  });
});
