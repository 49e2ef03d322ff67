/**
 * Performance budgets, measured (not a timed test). Figures that do not depend on machine load
 * (bytes as nginx sends them, script sizes, Lighthouse accessibility / best practices / SEO) are
 * measured once and fail when over budget; figures that do (build and check seconds, Lighthouse
 * performance) are the median of three runs, printed with their spread, and fail only when the
 * median is over. Every figure over budget is printed with its page and what it cost.
 *   npm run bench
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import type { Request } from 'playwright-core';
import { launch as launchChrome } from 'chrome-launcher';
import { parse } from 'yaml';
import { startNginx } from './lib/nginx.ts';
import { CHROME_FLAGS, CHROMIUM, launch } from './lib/chromium.ts';
import { formatReport, type Figure } from './lib/budget.ts';
import { CHAPTER_NUMBERS } from '../src/lib/plan/plan-period.ts';
import { parsePage, siteUrls } from '../src/lib/core/urls.ts';

const root = join(import.meta.dirname, '..');
const RUNS = 3;
const figures: Figure[] = [];
const stable = (
  figure: string,
  value: number,
  unit: string,
  budget: number,
  atMost = true,
  diagnosis?: string[],
) =>
  figures.push({
    figure,
    runs: [value],
    unit,
    budget,
    atMost,
    kind: 'stable',
    ...(diagnosis ? { diagnosis } : {}),
  });
const seconds = (started: number) => (performance.now() - started) / 1000;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

// 1. The whole build (astro and the pagefind index), three times from a fresh clone's state (no
// caches: as CI, a deploy and a newcomer's first `npm start` pay) and three times with caches, each
// into a scratch folder (never into dist/, which is the published release); peak memory with GNU time.
const scratch = mkdtempSync(join(tmpdir(), 'qdn-bench-'));
const buildEnv = { ...process.env, SITE_URL: process.env['SITE_URL'] ?? 'https://example.invalid' };
const CACHES = ['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];
const timed = existsSync('/usr/bin/time');
/** One build: seconds, and peak memory in MB when GNU time is there. */
function build(): { seconds: number; peakMb?: number } {
  const started = performance.now();
  const astro = join(root, 'node_modules/.bin/astro');
  const args = ['build', '--outDir', scratch];
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', astro, ...args], {
        cwd: root,
        env: buildEnv,
        encoding: 'utf8',
      })
    : spawnSync(astro, args, { cwd: root, env: buildEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench: astro build failed\n${result.stderr}`);
  const peak = /peak-kb (\d+)/.exec(result.stderr ?? '');
  return {
    seconds: seconds(started),
    ...(peak ? { peakMb: Math.round(Number(peak[1]) / 1024) } : {}),
  };
}
const fresh: { seconds: number; peakMb?: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  for (const cache of CACHES) rmSync(join(root, cache), { recursive: true, force: true });
  fresh.push(build());
}
figures.push({
  figure: 'whole build from a fresh clone (no caches)',
  runs: fresh.map((b) => b.seconds),
  unit: 's',
  // 10.7 s measured on an idle 2-core machine once preview images took one subset font (was 15 s);
  // preview cards drawn by sharp since (7.3–7.8 s for astro build alone from a fresh clone).
  budget: 12,
  atMost: true,
  kind: 'load-dependent',
  diagnosis: [
    'see the [build] timings of `npm exec -- astro build` after removing node_modules/.astro, .vite and .cache',
  ],
});
if (timed)
  figures.push({
    figure: 'peak memory of a fresh-clone build',
    runs: fresh.map((b) => b.peakMb ?? 0),
    unit: 'MB',
    budget: 1000,
    atMost: true,
    kind: 'load-dependent',
  });
else console.log('bench: /usr/bin/time is missing, so the peak memory of a build is not measured');
const builds: number[] = [];
for (let i = 0; i < RUNS; i++) builds.push(build().seconds);
rmSync(scratch, { recursive: true, force: true });
figures.push({
  figure: 'whole build with caches (astro + pagefind)',
  runs: builds,
  unit: 's',
  budget: 10,
  atMost: true,
  kind: 'load-dependent',
  diagnosis: ['see the [build] timings of `npm exec -- astro build`'],
});
const checks: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  execFileSync(process.execPath, [join(root, 'scripts/check-content.ts')], {
    cwd: root,
    stdio: 'pipe',
  });
  checks.push(seconds(started));
}
figures.push({
  figure: 'npm run check (all content checks)',
  runs: checks,
  unit: 's',
  budget: 3,
  atMost: true,
  kind: 'load-dependent',
});

const indicatorIds = (
  parse(readFileSync(join(root, 'content/indicators/indicators.yml'), 'utf8')) as { id: string }[]
).map((i) => i.id);
// Report pages are measured as they will read once published: the preview build renders the
// drafts in full (a production build shows a draft only as "not yet published").
execFileSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', 'dist-drafts'], {
  cwd: root,
  stdio: 'pipe',
  env: { ...buildEnv, PREVIEW_DRAFTS: '1', LOCAL_SITE: '1' },
});
if (!existsSync(join(root, 'dist/index.html')))
  throw new Error(
    'bench: dist/ is not built; run `npm run build` first (the pages are weighed as published)',
  );
const server = await startNginx(join(root, 'dist'), '/');
const drafts = await startNginx(join(root, 'dist-drafts'), '/');
const browser = await launch();
/** Where a page is measured: report pages on the preview build, every other page on the production build. */
const originOf = (path: string) =>
  parsePage('/', path)?.kind === 'report' ? drafts.origin : server.origin;
try {
  interface Weight {
    path: string;
    total: number;
    js: number;
    scripts: { url: string; bytes: number }[];
  }
  /** Bytes transferred while a page loads (document, CSS, JS, data), and each script's uncompressed size. */
  async function weigh(path: string, scroll = false): Promise<Weight> {
    const origin = originOf(path);
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const finished: Request[] = [];
    const onFinished = (request: Request) => {
      finished.push(request);
    };
    page.on('requestfinished', onFinished);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (scroll) {
      // Bring every chart into view, so that what loads on demand is weighed too.
      for (const canvas of await page.locator('canvas[data-series]').all())
        await canvas.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
    }
    page.off('requestfinished', onFinished);
    // Sizes are read while the page is still open; a failure here is an error, not a zero.
    const all = await Promise.all(
      finished.map(async (r) => {
        const sizes = await r.sizes();
        const body =
          r.resourceType() === 'script' ? (await (await r.response())!.body()).length : 0;
        return {
          url: r.url().replace(origin, ''),
          type: r.resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          body,
        };
      }),
    );
    await page.close();
    const scripts = all.filter((x) => x.type === 'script');
    return {
      path,
      total: all.reduce((n, x) => n + x.bytes, 0),
      js: scripts.reduce((n, x) => n + x.bytes, 0),
      scripts: scripts
        .map((s) => ({ url: s.url, bytes: s.body }))
        .sort((a, b) => b.bytes - a.bytes),
    };
  }
  const listScripts = (w: Weight) =>
    w.scripts.slice(0, 3).map((s) => `script ${s.url}: ${kb(s.bytes)} KB uncompressed`);

  // 2. Chapter pages as a first visit loads them (HTML, CSS, JS, with headers): every chapter in
  // both languages and the parallel view. Most chapters are within the reader's budget (15 KB for
  // a Chinese chapter, 24 KB for the parallel view); chapter 1, whose text alone compresses to
  // about 8 KB, is held to its own ceiling so that it cannot grow either.
  const chapters: Weight[] = [];
  const parallels: Weight[] = [];
  for (const n of CHAPTER_NUMBERS) {
    for (const lang of ['zh', 'en']) chapters.push(await weigh(siteUrls('/', lang).chapter(n)));
    parallels.push(await weigh(siteUrls('/', 'zh').parallel(n)));
  }
  const heaviestOf = (list: Weight[]) => list.reduce((a, b) => (b.total > a.total ? b : a));
  const medianOf = (list: Weight[]) =>
    [...list].sort((a, b) => a.total - b.total)[Math.floor(list.length / 2)]!;
  const chineseChapters = chapters.filter((w) => parsePage('/', w.path)?.lang === 'zh');
  const typical = medianOf(chineseChapters);
  stable(
    `Chinese chapter, median of ${chineseChapters.length} (${typical.path}), first visit compressed`,
    kb(typical.total),
    'KB',
    15,
    true,
    listScripts(typical),
  );
  const overBudget = chineseChapters.filter((w) => kb(w.total) > 15);
  stable(
    `Chinese chapters over 15 KB at first visit (${overBudget.map((w) => w.path).join(', ') || 'none'})`,
    overBudget.length,
    'pages',
    1,
  );
  const heaviest = heaviestOf(chapters);
  stable(
    `heaviest chapter page (${heaviest.path}), compressed`,
    kb(heaviest.total),
    'KB',
    20,
    true,
    listScripts(heaviest),
  );
  stable('  of which JavaScript', kb(heaviest.js), 'KB', 3, true, listScripts(heaviest));
  const typicalParallel = medianOf(parallels);
  stable(
    `parallel view, median of ${parallels.length} (${typicalParallel.path}), compressed`,
    kb(typicalParallel.total),
    'KB',
    24,
  );
  const heaviestParallel = heaviestOf(parallels);
  stable(
    `heaviest parallel view (${heaviestParallel.path}), compressed`,
    kb(heaviestParallel.total),
    'KB',
    27,
  );

  // 3. Report pages: what loads with the page, and the chart code that loads once charts are in view.
  const reportPaths = [
    siteUrls('/', 'zh').report('2025-final'),
    siteUrls('/', 'en').report('2025-final'),
    siteUrls('/', 'zh').report('2023-midterm'),
    siteUrls('/', 'en').report('2023-midterm'),
  ];
  const atLoad: Weight[] = [];
  for (const path of reportPaths) atLoad.push(await weigh(path));
  const report = atLoad.reduce((a, b) => (b.total > a.total ? b : a));
  stable(
    `report page at load (${report.path}), compressed`,
    kb(report.total),
    'KB',
    100,
    true,
    listScripts(report),
  );
  const largest = atLoad
    .map((w) => ({ w, bytes: w.scripts[0]?.bytes ?? 0 }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
  stable(
    `largest script a report page loads at load (${largest.w.path}), uncompressed`,
    kb(largest.bytes),
    'KB',
    80,
    true,
    listScripts(largest.w),
  );
  const scrolled = await weigh(siteUrls('/', 'zh').report('2025-final'), true);
  stable(
    'report page with every chart drawn (/zh/reports/2025-final/), compressed',
    kb(scrolled.total),
    'KB',
    160,
    true,
    listScripts(scrolled),
  );
  // chart.js 4's core alone is about 122 KB minified, whatever is registered: this budget catches a
  // regression such as chart.js/auto (about 210 KB), not the library's own size.
  stable(
    'chart code loaded when a chart comes into view, uncompressed',
    kb(scrolled.scripts[0]?.bytes ?? 0),
    'KB',
    170,
    true,
    listScripts(scrolled),
  );

  // 4. The first Chinese search on a fresh page: pagefind's scripts, index chunks and result details.
  {
    const page = await browser.newPage();
    const finished: Request[] = [];
    const onFinished = (request: Request) => {
      if (request.url().includes('/pagefind/')) finished.push(request);
    };
    page.on('requestfinished', onFinished);
    await page.goto(`${server.origin}/zh/search/?q=${encodeURIComponent('黑臭水体')}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForSelector('[data-search-results] li');
    page.off('requestfinished', onFinished);
    const sizes = await Promise.all(
      finished.map(async (r) => ({ url: r.url().replace(server.origin, ''), s: await r.sizes() })),
    );
    const bytes = sizes
      .map((x) => ({ url: x.url, bytes: x.s.responseBodySize + x.s.responseHeadersSize }))
      .sort((a, b) => b.bytes - a.bytes);
    stable(
      'first Chinese search (黑臭水体), downloaded',
      kb(bytes.reduce((n, x) => n + x.bytes, 0)),
      'KB',
      100,
      true,
      bytes.slice(0, 4).map((x) => `${x.url}: ${kb(x.bytes)} KB`),
    );
    await page.close();
  }

  // 5. Lighthouse, mobile settings (its default). Accessibility, best practices and SEO once on the
  // main kinds of page; performance three times on those, both report pages and every indicator page.
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const audited = [
      siteUrls('/', 'zh').home(),
      siteUrls('/', 'en').home(),
      siteUrls('/', 'zh').chapter(1),
      siteUrls('/', 'en').indicator('forest-coverage'),
      ...reportPaths,
    ];
    const perfPages = [
      ...new Set([
        ...audited,
        ...['zh', 'en'].flatMap((lang) => indicatorIds.map((id) => `/${lang}/indicators/${id}/`)),
      ]),
    ];
    for (const path of perfPages) {
      const runs: number[] = [];
      let worst: { score: number; diagnosis: string[] } | undefined;
      for (let i = 0; i < RUNS; i++) {
        // SEO is not measured on report pages: the preview build marks them noindex on purpose.
        const others =
          originOf(path) === drafts.origin
            ? ['accessibility', 'best-practices']
            : ['accessibility', 'best-practices', 'seo'];
        const categories =
          i === 0 && audited.includes(path) ? ['performance', ...others] : ['performance'];
        const result = await lighthouse(`${originOf(path)}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        });
        const lhr = result!.lhr;
        const score = Math.round(lhr.categories['performance']!.score! * 100);
        runs.push(score);
        if (i === 0)
          for (const name of categories.slice(1))
            stable(
              `Lighthouse ${path} ${name}`,
              Math.round(lhr.categories[name]!.score! * 100),
              'points',
              100,
              false,
              failedAudits(lhr, name),
            );
        if (!worst || score < worst.score) worst = { score, diagnosis: perfDiagnosis(lhr) };
      }
      figures.push({
        figure: `Lighthouse ${path} performance`,
        runs,
        unit: 'points',
        budget: 98,
        atMost: false,
        kind: 'load-dependent',
        diagnosis: worst!.diagnosis,
      });
    }
  } finally {
    chrome.kill();
  }
} finally {
  await browser.close();
  await server.stop();
  await drafts.stop();
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
interface Items {
  items?: Record<string, unknown>[];
}

/** What a slow Lighthouse run spent its time on: metrics, long tasks, largest scripts. */
function perfDiagnosis(lhr: Lhr): string[] {
  const audit = (id: string) => lhr.audits[id];
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]
    .map((id) => `${id} ${audit(id)?.displayValue ?? '?'}`)
    .join(', ');
  const tasks = ((audit('long-tasks')?.details as Items | undefined)?.items ?? [])
    .slice(0, 3)
    .map((t) => `long task ${Math.round(Number(t['duration']))} ms in ${String(t['url'])}`);
  const scripts = ((audit('network-requests')?.details as Items | undefined)?.items ?? [])
    .filter((r) => r['resourceType'] === 'Script')
    .sort((a, b) => Number(b['resourceSize']) - Number(a['resourceSize']))
    .slice(0, 3)
    .map((r) => `script ${String(r['url'])}: ${kb(Number(r['resourceSize']))} KB uncompressed`);
  return [`worst run: ${metrics}`, ...tasks, ...scripts];
}

/** The audits of a category that did not pass, for the log. */
function failedAudits(lhr: Lhr, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `failed audit ${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
}

const { text, over } = formatReport(figures);
console.log(text);
process.exit(over > 0 ? 1 : 0);
