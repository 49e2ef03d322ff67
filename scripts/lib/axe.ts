/** axe-core in a real browser: the WCAG 2.2 A/AA rules, run on the page as it is now. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(
  join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);
/** The rule tags of WCAG 2.2 levels A and AA (with those of 2.0 and 2.1 they build on). */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** Where a page served over HTTP loads axe from: its own origin (so a `script-src 'self'` allows it), answered by the test. */
const AXE_PATH = '/__axe-core.js';
const routed = new WeakSet<Page>();

/**
 * Puts axe into the page. A page served over HTTP loads it as a script of its own origin, which
 * Chromium compiles once and then takes from its code cache (a third less time per page than
 * evaluating the 550 KB text each time); a page without an origin (set by `setContent`) evaluates it.
 */
async function injectAxe(page: Page): Promise<void> {
  if (!/^https?:/.test(page.url())) {
    await page.evaluate(AXE);
    return;
  }
  if (!routed.has(page)) {
    routed.add(page);
    await page.route(`**${AXE_PATH}`, (route) =>
      route.fulfill({
        body: AXE,
        contentType: 'text/javascript',
        headers: { 'cache-control': 'max-age=86400' },
      }),
    );
  }
  await page.evaluate(
    (src) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`axe-core could not be loaded from ${src}`));
        document.head.append(script);
      }),
    AXE_PATH,
  );
}

/** Each violation as "rule: first three offending elements"; an empty list when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }
    ).axe;
    // Only violations are reported in full (axe keeps one example of the other result types):
    // the same violations, found in about three quarters of the time.
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, WCAG);
}
