/**
 * The printed page (A4 and its margins) and where a document's headings will fall on it, found
 * before printing (scripts/build-pdf.ts).
 *
 * The contents page needs the page each heading starts on. Printing once to find out and again
 * with the numbers costs two prints; instead the loaded document is laid out as it prints (print
 * styles, a viewport as wide as the page's content) in columns exactly the size of a page's
 * content box: Chromium breaks columns with the same fragmentation rules as pages, so a heading's
 * column is its page. The print is then checked against its outline, and printed again with the
 * numbers it shows only when they differ.
 */
import type { Page } from 'playwright-core';

const MM = 96 / 25.4; // CSS px per millimetre
const A4 = { width: 210, height: 297 };
const MARGIN = { top: 16, bottom: 18, left: 14, right: 14 };
const CONTENT = {
  width: A4.width - MARGIN.left - MARGIN.right,
  height: A4.height - MARGIN.top - MARGIN.bottom,
};

/** page.pdf's paper and margins. */
export const PRINT_PAGE = {
  format: 'A4',
  margin: {
    top: `${MARGIN.top}mm`,
    bottom: `${MARGIN.bottom}mm`,
    left: `${MARGIN.left}mm`,
    right: `${MARGIN.right}mm`,
  },
} as const;

/** A viewport as wide as the printed page's content, for media queries to match as in print. */
export const CONTENT_VIEWPORT = {
  width: Math.round(CONTENT.width * MM),
  height: Math.round(CONTENT.height * MM),
};

/**
 * Page-sized columns: the document's own page breaks (cover, contents, each part) become column
 * breaks. `width` is the width the content is laid out at: the page's, or wider when something is
 * wider than the page, which Chromium's print then shrinks to fit (as it does in print, where the
 * page's height grows in the same proportion).
 */
const columns = (width: number) => `
body { width: ${width}px !important; height: ${(width * CONTENT.height) / CONTENT.width}px !important; columns: ${width}px !important; column-gap: 0 !important; column-fill: auto !important; }
.pdf-cover, .pdf-toc { break-after: column !important; }
.pdf-part + .pdf-part { break-before: column !important; }
`;

/**
 * The page (1-based) each element starts on, laid out in page-sized columns in the page as
 * loaded (a viewport of CONTENT_VIEWPORT); undefined for an id not found. Leaves the page showing
 * screen styles again; the columns stay until the next load.
 */
export async function predictPages(page: Page, ids: string[]): Promise<(number | undefined)[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    // As wide as the widest thing in the document, when that is wider than the page.
    const width = Math.max(
      CONTENT.width * MM,
      await page.evaluate(() => document.documentElement.scrollWidth),
    );
    await page.addStyleTag({ content: columns(width) });
    const pages = await page.evaluate(
      ({ ids, column }) => {
        const left = document.body.getBoundingClientRect().left;
        return ids.map((id) => {
          const first = document.getElementById(id)?.getClientRects()[0];
          return first ? Math.floor((first.left - left) / column + 0.01) + 1 : null;
        });
      },
      { ids, column: width },
    );
    return pages.map((n) => n ?? undefined);
  } finally {
    await page.emulateMedia({ media: null });
  }
}
