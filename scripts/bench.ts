/**
 * Performance budgets, measured (not a timed test): build time, page weights as transferred
 * by nginx (brotli) in Chromium, the first Chinese search, and Lighthouse (mobile) scores.
 * Prints every figure with its budget; exits 1 if any is over.
 *   npm run bench
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { startNginx } from './lib/nginx.ts';
import { CHROME_FLAGS, CHROMIUM, launch } from './lib/chromium.ts';

const root = join(import.meta.dirname, '..');
const rows: { figure: string; value: number; unit: string; budget: string; ok: boolean }[] = [];
const record = (figure: string, value: number, unit: string, budget: number, atMost = true) =>
  rows.push({ figure, value, unit, budget: `${atMost ? '≤' : '≥'} ${budget} ${unit}`, ok: atMost ? value <= budget : value >= budget });

// 1. The whole build (astro and the pagefind index), from a clean output folder.
const started = performance.now();
execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'pipe' });
record('whole build (astro + pagefind)', Number(((performance.now() - started) / 1000).toFixed(2)), 's', 10);

const server = await startNginx(join(root, 'dist'), '/');
const browser = await launch();
try {
  /** Bytes transferred while a page loads (document, CSS, JS, data), split by kind. */
  async function weigh(path: string): Promise<{ total: number; js: number }> {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const finished: import('playwright-core').Request[] = [];
    const onFinished = (request: import('playwright-core').Request) => { finished.push(request); };
    page.on('requestfinished', onFinished);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    page.off('requestfinished', onFinished);
    // Sizes are read while the page is still open; a failure here is an error, not a zero.
    const all = await Promise.all(finished.map(async (r) => {
      const sizes = await r.sizes();
      return { type: r.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize };
    }));
    await page.close();
    return { total: all.reduce((n, x) => n + x.bytes, 0), js: all.filter((x) => x.type === 'script').reduce((n, x) => n + x.bytes, 0) };
  }
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

  // 2. The heaviest chapter page (either language).
  const chapters: { path: string; total: number; js: number }[] = [];
  for (const lang of ['zh', 'en']) {
    for (let n = 1; n <= 13; n++) chapters.push({ path: `/${lang}/chapters/${n}/`, ...(await weigh(`/${lang}/chapters/${n}/`)) });
  }
  const heaviest = chapters.reduce((a, b) => (b.total > a.total ? b : a));
  record(`heaviest chapter page (${heaviest.path}), compressed`, kb(heaviest.total), 'KB', 28);
  record(`  of which JavaScript`, kb(heaviest.js), 'KB', 5);

  // 3. A report page with its charts.
  const reports: { path: string; total: number; js: number }[] = [];
  for (const path of ['/zh/reports/2025-final/', '/en/reports/2025-final/', '/zh/reports/2023-midterm/']) reports.push({ path, ...(await weigh(path)) });
  const report = reports.reduce((a, b) => (b.total > a.total ? b : a));
  record(`report page with charts (${report.path}), compressed`, kb(report.total), 'KB', 100);

  // 4. The first Chinese search on a fresh page: pagefind's scripts, index chunks and result details.
  {
    const page = await browser.newPage();
    const finished: import('playwright-core').Request[] = [];
    const onFinished = (request: import('playwright-core').Request) => { if (request.url().includes('/pagefind/')) finished.push(request); };
    page.on('requestfinished', onFinished);
    await page.goto(`${server.origin}/zh/search/?q=${encodeURIComponent('黑臭水体')}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-search-results] li');
    page.off('requestfinished', onFinished);
    const sizes = await Promise.all(finished.map((r) => r.sizes()));
    record('first Chinese search (黑臭水体), downloaded', kb(sizes.reduce((n, x) => n + x.responseBodySize + x.responseHeadersSize, 0)), 'KB', 100);
    await page.close();
  }

  // 5. Lighthouse, mobile settings (its default), on four kinds of page.
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    for (const path of ['/zh/', '/zh/chapters/1/', '/en/indicators/forest-coverage/', '/zh/reports/2025-final/']) {
      const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result!.lhr.categories;
      record(`Lighthouse ${path} performance`, Math.round(categories['performance']!.score! * 100), 'points', 95, false);
      for (const name of ['accessibility', 'best-practices', 'seo']) record(`Lighthouse ${path} ${name}`, Math.round(categories[name]!.score! * 100), 'points', 100, false);
    }
  } finally {
    await chrome.kill();
  }
} finally {
  await browser.close();
  await server.stop();
}

const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'measured'.padStart(12)}  budget`);
for (const r of rows) console.log(`${r.figure.padEnd(width)}  ${`${r.value} ${r.unit}`.padStart(12)}  ${r.budget}  ${r.ok ? 'ok' : 'OVER BUDGET'}`);
const over = rows.filter((r) => !r.ok);
console.log(`\nbench: ${rows.length - over.length} within budget, ${over.length} over budget`);
process.exit(over.length > 0 ? 1 : 0);
