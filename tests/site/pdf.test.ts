/**
 * The PDF editions (scripts/build-pdf.ts): the plan's as `npm run build` printed them into dist/
 * (the files the site publishes), the draft reports printed here from a copy of the preview build
 * (dist-drafts/). They exist, open, have a plausible number of pages, embed their fonts, carry the
 * full text of every paragraph character for character (水 is U+6C34, not the Kangxi radical ⽔
 * U+2F54), the pages link them with their size only once they exist, and a document is printed
 * again only when its pages changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST, DRAFTS_DIST, loadPage } from './built-site.ts';
import { filesUnder } from '../../src/lib/core/files.ts';
import { formatSize } from '../../src/lib/publishing/pdf-compose.ts';
import { CHAPTER_NUMBERS } from '../../src/lib/plan/plan-period.ts';
import { INDICATORS } from '../counts.ts';
import { en, urlsIn, zh } from '../site-urls.ts';

const root = join(import.meta.dirname, '../..');
let site = '';
let log = '';
/** A PDF cache of this test's own: what other builds printed before must not count as unchanged here. */
const cache = mkdtempSync(join(tmpdir(), 'qdn-pdf-cache-'));

/** Prints the reports, drafts included, into the copy of the preview build, with this test's cache. */
const printReports = () =>
  execFileSync(
    process.execPath,
    ['scripts/build-pdf.ts', '--dist', site, '--also', site, '--drafts', '--kind', 'report'],
    { cwd: root, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, PDF_CACHE: cache } },
  );
beforeAll(() => {
  // The preview build renders the draft reports in full (a production build shows them as not yet published).
  site = mkdtempSync(join(tmpdir(), 'qdn-pdf-'));
  cpSync(DRAFTS_DIST, site, { recursive: true });
  log = printReports();
}, 600_000);
afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

/**
 * The text of each page as a PDF viewer extracts it (pdf.js, as in Firefox), without the running
 * header (the document's title, checked on its own below), and the page count.
 */
async function pdfText(file: string, keepHeader = false): Promise<string[]> {
  const { title, pages } = await extracted(file);
  return keepHeader || !title ? pages : pages.map((text) => withoutHeader(text, title));
}
/** Each file's title and page texts, read once per version of the file (the tests below ask many times). */
const extractions = new Map<string, Promise<{ title: string; pages: string[] }>>();
function extracted(file: string): Promise<{ title: string; pages: string[] }> {
  const { mtimeMs, size } = statSync(file);
  const key = `${file} ${mtimeMs} ${size}`;
  if (!extractions.has(key)) extractions.set(key, extract(file));
  return extractions.get(key)!;
}
async function extract(file: string): Promise<{ title: string; pages: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const title = ((await doc.getMetadata()).info as { Title?: string }).Title ?? '';
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++)
    pages.push(
      (await (await doc.getPage(i)).getTextContent()).items
        .map((it) => ('str' in it ? it.str : ''))
        .join(''),
    );
  await doc.destroy();
  return { title, pages };
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** The chapters' headings as the pages show them (the running header names one on each page of a chapter). */
const chapterHeadings = (['zh', 'en'] as const).flatMap((lang) =>
  CHAPTER_NUMBERS.map((n) =>
    loadPage(`${urlsIn(lang).chapter(n)}index.html`)('main h1')
      .first()
      .text()
      .replace(/\s+/g, ' ')
      .trim(),
  ),
);
/** A page's text without its running header and footer: the title, and a chapter's heading at the top. */
function withoutHeader(text: string, title: string): string {
  const rest = text.replace(title, '').replace(/^\s+/, '');
  const heading = chapterHeadings.find((h) => rest.startsWith(h));
  return heading ? rest.slice(heading.length) : rest;
}

const documents = [
  { file: 'plan-zh.pdf', pages: [30, 90], lang: 'zh' },
  { file: 'plan-en.pdf', pages: [30, 100], lang: 'en' },
  { file: 'report-2023-midterm-zh.pdf', pages: [6, 40], lang: 'zh' },
  { file: 'report-2023-midterm-en.pdf', pages: [6, 40], lang: 'en' },
  { file: 'report-2025-final-zh.pdf', pages: [6, 40], lang: 'zh' },
  { file: 'report-2025-final-en.pdf', pages: [6, 40], lang: 'en' },
] as const;
const reports = documents.filter((d) => d.file.startsWith('report-'));

describe('printing', () => {
  it('lays out each report before printing it, so its contents come right the first time', () => {
    // scripts/lib/pdf-layout.ts: the pages of the contents are found in page-sized columns; a
    // report whose print disagreed would be printed again, and its line would say so.
    for (const { file } of reports)
      expect(log).toMatch(new RegExp(`${file} \\(\\d+ pages, [^)]+\\)`));
    expect(log).not.toContain('printed twice');
  });
});
/** Where a document is: the plan's in the published build, the reports' in this test's copy of the preview. */
const pdfPath = (file: string) =>
  file.startsWith('plan-') ? join(DIST, 'pdf', file) : join(site, 'pdf', file);

describe.each(documents)('$file', ({ file, pages, lang }) => {
  it('exists, opens, has a plausible page count, numbered pages and a contents page', async () => {
    const path = pdfPath(file);
    expect(existsSync(path), `${path} is missing (npm run build prints the plan's)\n${log}`).toBe(
      true,
    );
    const text = await pdfText(path);
    expect(text.length).toBeGreaterThanOrEqual(pages[0]);
    expect(text.length).toBeLessThanOrEqual(pages[1]);
    expect(squash(text[1]!)).toContain(lang === 'zh' ? '目录' : 'Contents');
    expect(squash(text.at(-1)!)).toContain(`${text.length}/${text.length}`);
  }, 60_000);
  it('embeds every font and has no radical where the page has an ideograph', async () => {
    const fonts = execFileSync('pdffonts', [pdfPath(file)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes'); // the "emb" column
    const text = (await pdfText(pdfPath(file))).join('');
    expect(text.match(/[\u2E80-\u2FDF]/gu) ?? []).toEqual([]);
    if (lang === 'zh') expect(text).toMatch(/水[\s\S]*生|生[\s\S]*水/);
  }, 60_000);
});

describe('the text of the PDFs is the text of the pages', () => {
  it.each(['zh', 'en'] as const)(
    'every paragraph of the 13 chapters is in plan-%s.pdf, character for character',
    async (lang) => {
      // Without each page's footer ("6 / 48"), which sits among the text of a paragraph that crosses pages.
      const pages = await pdfText(pdfPath(`plan-${lang}.pdf`));
      const text = pages.map((p, i) => squash(p).replace(`${i + 1}/${pages.length}`, '')).join('');
      let checked = 0;
      for (let n = 1; n <= 13; n++) {
        const $ = loadPage(urlsIn(lang).chapter(n));
        // The plan's own blocks (c5-s1-p3, box-3-p1, …), not the page's controls.
        for (const el of $('main p[id], main h1, main h2[id], main h3[id], main h4[id]')
          .not('nav *')
          .filter((_, e) => /^(c\d+|box-\d+)/.test($(e).attr('id') ?? ''))
          .toArray()) {
          const words = squash($(el).clone().find('.anchor').remove().end().text()); // the # anchor is not printed
          if (!words) continue;
          expect(
            text.includes(words),
            `${lang} chapter ${n} #${$(el).attr('id')}: ${words.slice(0, 40)}`,
          ).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(250);
      if (lang === 'zh') for (const ch of ['水', '生']) expect(text).toContain(ch);
    },
    120_000,
  );
  it.each(['zh', 'en'] as const)(
    'each report PDF (%s) has its parts, the placeholders and the indicator rows of its page',
    async (lang) => {
      for (const id of ['2023-midterm', '2025-final']) {
        const text = squash((await pdfText(pdfPath(`report-${id}-${lang}.pdf`))).join(''));
        const $ = loadPage(`${lang}/reports/${id}/`, DRAFTS_DIST);
        for (const h of $('section.report-part > h2').toArray())
          expect(text).toContain(squash($(h).text()));
        expect(
          text.split(lang === 'zh' ? '待填写' : 'Tobewritten').length - 1,
        ).toBeGreaterThanOrEqual(3);
        for (const row of $('tr[id^="indicator-"] th[scope="row"]').toArray())
          expect(text).toContain(squash($(row).text()));
      }
    },
    120_000,
  );
});

describe('the PDFs read as documents', () => {
  it.each(documents)('$file: a running header with the title on every page', async ({ file }) => {
    const path = pdfPath(file);
    const { title } = await extracted(path);
    expect(title.length).toBeGreaterThan(5);
    const pages = await pdfText(path, true);
    expect(pages.filter((p) => !p.includes(title))).toEqual([]);
  });
  it.each(['zh', 'en'] as const)(
    'plan-%s.pdf: the running header names the chapter on each of its pages',
    async (lang) => {
      const path = pdfPath(`plan-${lang}.pdf`);
      const { title } = await extracted(path);
      const pages = (await pdfText(path, true)).map(squash);
      const headings = CHAPTER_NUMBERS.map((n) =>
        squash(
          loadPage(`${urlsIn(lang).chapter(n)}index.html`)('main h1')
            .first()
            .text(),
        ),
      );
      // After the cover and the contents, every page opens with one chapter's heading (the
      // running header), the chapters in order; the title is at the foot of every page.
      const named = pages.slice(2).map((p) => headings.findIndex((h) => p.startsWith(h)));
      expect(pages.every((p) => p.includes(squash(title)))).toBe(true);
      expect(named.filter((n) => n === -1)).toEqual([]);
      expect([...new Set(named)]).toEqual(headings.map((_, i) => i));
      expect(named).toEqual([...named].sort((a, b) => a - b));
      // The contents give each chapter the page its running header first names it on.
      const starts = headings.map((_, i) => named.indexOf(i) + 3);
      expect(pages[1]).toContain(headings.map((h, i) => `${h}${starts[i]}`).join(''));
    },
  );
  it.each(documents)(
    '$file: no web-only link lines and no id as link text',
    async ({ file, lang }) => {
      const text = (await pdfText(pdfPath(file))).join('\n');
      // The lines under a paragraph that link its register entries (指标 5: … / 量化目标: …).
      expect(text).not.toMatch(lang === 'zh' ? /量化目标：|量化目标:/ : /Quantitative target:/);
      expect(text).not.toMatch(/(^|[^\w-])(c\d+-s\d+-p\d+|box-\d+-p\d+)([^\w-]|$)/);
    },
  );
});

describe('Table 2-1 in the plan PDFs', () => {
  it.each(['zh', 'en'] as const)(
    'has every column and every cell of the table on the page (plan-%s.pdf)',
    async (lang) => {
      const pages = await pdfText(pdfPath(`plan-${lang}.pdf`));
      const text = pages.map((p, i) => squash(p).replace(`${i + 1}/${pages.length}`, '')).join('');
      const $ = loadPage(urlsIn(lang).chapter(2));
      const table = $('#table-2-1 table');
      const headers = table.find('thead th').toArray();
      expect(headers).toHaveLength(6);
      for (const th of headers) expect(text, $(th).text()).toContain(squash($(th).text()));
      const cells = table.find('tbody th, tbody td').not('.card-only').toArray();
      expect(cells.length).toBeGreaterThan(INDICATORS * 5);
      for (const cell of cells) expect(text, $(cell).text()).toContain(squash($(cell).text()));
      // The type column (约束性 / 预期性) of every row.
      const types = lang === 'zh' ? ['约束指标', '预期性指标'] : ['Binding', 'Anticipatory'];
      const rows = table.find('tbody tr').length;
      const printed = types.reduce((n, type) => n + text.split(type).length - 1, 0);
      expect(printed).toBeGreaterThanOrEqual(rows);
    },
    120_000,
  );
});

describe('links to the PDFs', () => {
  it('are filled in with the size once the file exists', () => {
    for (const [dir, page, file] of [
      [DIST, 'zh/', 'plan-zh.pdf'],
      [DIST, en.chapter(5), 'plan-en.pdf'],
      [site, zh.report('2025-final'), 'report-2025-final-zh.pdf'],
    ] as const) {
      const a = cheerio.load(readFileSync(join(dir, page, 'index.html'), 'utf8'))('p.pdf-link a');
      expect(a.attr('href'), page).toBe(`/pdf/${file}`);
      expect(a.text()).toContain(formatSize(statSync(join(dir, 'pdf', file)).size));
    }
  });
  it('the site as built links no PDF that is not there', () => {
    for (const dir of [DIST, site]) {
      for (const page of filesUnder(dir, '.html')) {
        const $ = cheerio.load(readFileSync(page, 'utf8'));
        for (const slot of $('p.pdf-link').toArray()) {
          const href = $(slot).find('a').attr('href');
          if (href === undefined) expect($(slot).attr('hidden'), page).toBeDefined();
          else expect(existsSync(join(dir, href)), `${page} → ${href}`).toBe(true);
        }
      }
    }
  });
});

describe('printing again', () => {
  const unchanged = (out: string) =>
    [...out.matchAll(/pdf: \S+\/(\S+\.pdf) \(unchanged since the last build/g)].map((m) => m[1]);
  const digest = (file: string) => readFileSync(join(site, 'pdf', file)).toString('base64');
  it('reprints only the documents whose pages changed, and keeps the others byte for byte', async () => {
    const before = Object.fromEntries(reports.map((d) => [d.file, digest(d.file)]));
    expect(unchanged(printReports()).sort()).toEqual(reports.map((d) => d.file).sort());
    for (const d of reports) expect(digest(d.file), d.file).toBe(before[d.file]);

    // One Chinese report page changes: only that report's Chinese PDF is printed again.
    const page = join(site, `${zh.report('2025-final')}index.html`);
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, original.replace('</article>', '<p>测试：新增的一段。</p></article>'));
    try {
      const out = printReports();
      expect(unchanged(out).sort()).toEqual(
        reports
          .map((d) => d.file)
          .filter((f) => f !== 'report-2025-final-zh.pdf')
          .sort(),
      );
      expect(
        squash((await pdfText(join(site, 'pdf', 'report-2025-final-zh.pdf'))).join('')),
      ).toContain('测试：新增的一段。');
    } finally {
      writeFileSync(page, original);
      printReports();
    }
    expect(digest('report-2025-final-zh.pdf')).toBe(before['report-2025-final-zh.pdf']);
  }, 300_000);
});
