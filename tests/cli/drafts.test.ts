/**
 * Drafts stay private: in a production build a draft report is "not yet published" and none of
 * its figures is in any file of the site (pages, feeds, open data); a preview build
 * (PREVIEW_DRAFTS=1) shows it in full with the draft banner and noindex. Builds a sandbox copy
 * with synthetic reports (tests/fixtures/drafts), one published and one draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { load } from 'cheerio';
import { ROOT, sandbox, WHOLE_SITE } from './sandbox.ts';
import { checkResource } from '../site/frictionless.ts';
import { freePort, serve, cleanEnv, type Served } from './serve.ts';
import { headersOfNginxConf } from '../../src/lib/publishing/security-headers.ts';
import { INDICATORS } from '../counts.ts';
import { en, zh } from '../site-urls.ts';

let box: ReturnType<typeof sandbox>;
let preview: Served;
const DRAFT_FIGURES = ['71.93', '97.41', 'DRAFTSECRET', 'draftsecret'];

/** Writes a fixture report over the sandbox's: its report.yml fields and its items (others stay pending). */
function applyFixture(dir: string, id: string) {
  const fixture = parse(
    readFileSync(new URL(`../fixtures/drafts/${id}.yml`, import.meta.url), 'utf8'),
  );
  const folder = join(dir, 'content/reports', id);
  const meta = parse(readFileSync(join(folder, 'report.yml'), 'utf8'));
  writeFileSync(join(folder, 'report.yml'), stringify({ ...meta, ...fixture.report }));
  const values = parse(readFileSync(join(folder, 'values.yml'), 'utf8'));
  for (const section of ['indicators', 'targets', 'projects']) {
    for (const item of fixture.values[section])
      values[section] = values[section].map((v: { id: string }) => (v.id === item.id ? item : v));
  }
  writeFileSync(join(folder, 'values.yml'), stringify(values));
}

/** npm run build, as staff run it (both the root and the sub-path build). */
const build = () =>
  execFileSync('npm', ['run', 'build'], {
    cwd: box.dir,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...cleanEnv(), PATH: `${join(box.dir, 'node_modules/.bin')}:${process.env['PATH']}` },
  });
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
const page = (out: string, path: string) =>
  load(readFileSync(join(box.dir, out, path, 'index.html'), 'utf8'));

beforeAll(async () => {
  box = sandbox(WHOLE_SITE);
  // The checkout's printed PDFs, kept by their content (scripts/build-pdf.ts): the plan's pages are
  // the same here, so only the reports are printed (tests/site/pdf.test.ts prints everything).
  const printed = join(ROOT, 'node_modules/.cache/pdf');
  if (existsSync(printed))
    cpSync(printed, join(box.dir, 'node_modules/.cache/pdf'), { recursive: true });
  applyFixture(box.dir, '2023-midterm');
  applyFixture(box.dir, '2025-final');
  build();
  const port = await freePort();
  preview = await serve(
    box.dir,
    'preview:drafts',
    port,
    [],
    { PREVIEW_PORT: String(port) },
    300_000,
  );
}, 600_000);
afterAll(() => {
  preview?.stop();
  box.remove();
});

describe('a production build', () => {
  it('shows the draft as not yet published, with year, kind and expected date, and none of its figures', () => {
    for (const [lang, words] of [
      ['zh', '尚未发布'],
      ['en', 'Not yet published'],
    ] as const) {
      const $ = page('dist', `${lang}/reports/2025-final`);
      expect($('main').text()).toContain(words);
      expect(
        $('main dd')
          .map((_, d) => $(d).text())
          .get(),
      ).toEqual(['2025', lang === 'zh' ? '总结评估' : 'Final evaluation', '2026-03']);
      expect($('tr[id^="indicator-"]')).toHaveLength(0);
      expect($('meta[name="robots"]')).toHaveLength(0);
      expect(page('dist', `${lang}/reports`)('.report-list').text()).toContain(words);
    }
  });
  it('has no figure of the draft in any file it builds: pages, feeds, open data, search index', () => {
    const built = ['dist', 'dist-subpath']
      .map((d) => join(box.dir, d))
      .filter((d) => existsSync(d)); // npm run build may or may not build the sub-path too
    expect(built[0]).toBe(join(box.dir, 'dist'));
    const leaks = built.flatMap(files).flatMap((file) => {
      const text = readFileSync(file).toString('latin1');
      return DRAFT_FIGURES.filter((f) => text.includes(f)).map((f) => `${file}: ${f}`);
    });
    expect(leaks).toEqual([]);
  });
  it('publishes the published report: report page, indicator page, open data and feed', () => {
    expect(page('dist', en.report('2023-midterm'))('#indicator-forest-coverage').text()).toContain(
      '69.37',
    );
    expect(page('dist', zh.indicator('forest-coverage')).text()).toContain('69.37');
    const csv = readFileSync(join(box.dir, 'dist/data/report-values.csv'), 'utf8');
    expect(csv).toContain('2023-midterm,indicator,forest-coverage,');
    expect(csv).toContain(',69.37,');
    // The note staff wrote (说明) is published with its figure, on the page and in open data.
    expect(csv).toContain(',测试说明：按新口径统计,Fixture note: new statistical basis');
    expect(
      page('dist', zh.report('2023-midterm'))('#indicator-forest-coverage .item-note').text(),
    ).toBe('说明：测试说明：按新口径统计');
    // A source title shaped like a formula is text in the CSV, never a live formula.
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Fixture"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).not.toContain('2025-final');
    const json = JSON.parse(readFileSync(join(box.dir, 'dist/data/report-values.json'), 'utf8'));
    expect(
      json.data.find(
        (r: { id: string; report: string }) =>
          r.id === 'forest-coverage-rate' && r.report === '2023-midterm',
      ),
    ).toMatchObject({ kind: 'target', value: 69.37, status_overridden: false });
    const pkg = JSON.parse(readFileSync(join(box.dir, 'dist/data/datapackage.json'), 'utf8'));
    expect(
      checkResource(
        pkg.resources.find((r: { name: string }) => r.name === 'report-values'),
        csv,
      ),
    ).toEqual([]);
    const rss = readFileSync(join(box.dir, 'dist/en/reports/rss.xml'), 'utf8');
    expect(rss).toContain(en.report('2023-midterm'));
    expect(rss).not.toContain('2025-final');
  });
});

describe('a full report page', () => {
  it.each(['zh', 'en'] as const)(
    'in %s has all the indicators, the targets, the projects, and a chart only where a figure is reported',
    (lang) => {
      const $ = page('dist', `${lang}/reports/2023-midterm`);
      expect($('tr[id^="indicator-"]')).toHaveLength(INDICATORS);
      expect($('tr[id^="target-"]').length).toBeGreaterThanOrEqual(40);
      expect($('tr[id^="project-"]').length).toBeGreaterThanOrEqual(50);
      expect($('[data-status-chart]')).toHaveLength(1);
      // The fixture reports forest coverage only: one chart, with the 序时进度 checkpoint of 2023;
      // the 17 others are listed as pending with their baseline and target.
      expect(
        $('canvas[data-series]')
          .map((_, c) => $(c).attr('id'))
          .get(),
      ).toEqual(['chart-forest-coverage']);
      const series = JSON.parse($('#chart-forest-coverage').attr('data-series')!) as {
        points: { year: number; kind: string }[];
      };
      expect(series.points.map((p) => `${p.kind} ${p.year}`)).toEqual([
        'baseline 2020',
        'reported 2023',
        'scheduled 2023',
        'target 2025',
      ]);
      expect($('ul.chartless > li')).toHaveLength(17);
      // The sources the fixture's figures cite, each once, listed under how the evaluation was made.
      const sources = $('[data-report-field="sources"] li')
        .map((_, li) => $(li).text())
        .get();
      expect(sources).toContain('Fixture bulletin 2023');
      expect(sources.filter((s) => s === 'Fixture bulletin 2023')).toHaveLength(1);
      expect(
        $('[data-report-field="sources"] a[href="https://example.invalid/bulletin-2023"]'),
      ).toHaveLength(1);
      for (const figure of $('figure.chart').toArray()) {
        expect($(figure).find('table').length, 'every chart has its numbers as a table').toBe(1);
        const canvas = $(figure).find('canvas');
        if (canvas.length > 0) expect(canvas.attr('aria-label')!.length).toBeGreaterThan(10);
      }
    },
  );
  it('of the final report compares with the mid-term (in the preview)', () => {
    expect(
      page('dist-drafts', en.report('2025-final'))('th:contains("Mid-term evaluation")').length,
    ).toBeGreaterThan(0);
    expect(
      page('dist-drafts', en.report('2023-midterm'))('th:contains("Mid-term evaluation")').length,
    ).toBe(0);
  });
});

describe('a preview build (PREVIEW_DRAFTS=1)', () => {
  it('is what npm run preview:drafts serves: the draft in full, with the draft banner and noindex', async () => {
    const $ = load(await (await fetch(`${preview.origin}/zh/reports/2025-final/`)).text());
    expect($('#indicator-forest-coverage').text()).toContain('71.93');
    expect($('.banner').text()).toContain('草稿');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
  it('sends the public server security headers (deploy/security-headers.conf), CSP included', async () => {
    const response = await fetch(`${preview.origin}/zh/reports/2025-final/`);
    const conf = headersOfNginxConf(
      readFileSync(join(box.dir, 'deploy/security-headers.conf'), 'utf8'),
    );
    for (const [name, value] of Object.entries(conf))
      expect(response.headers.get(name), name).toBe(value);
  });
  it('still keeps the draft out of open data and the feed', () => {
    expect(readFileSync(join(box.dir, 'dist-drafts/data/report-values.csv'), 'utf8')).not.toContain(
      '2025-final',
    );
    expect(readFileSync(join(box.dir, 'dist-drafts/zh/reports/rss.xml'), 'utf8')).not.toContain(
      '2025-final',
    );
  });
});
