/**
 * The PDF editions: the plan and each published report in every language of the site
 * (src/i18n/locales.ts), rendered from the built pages by Debian's Chromium (page.pdf(): A4,
 * cover, contents with page numbers, page numbers, selectable text with the fonts embedded). Runs after `astro build` (npm run build, npm start):
 *   npm run pdf                         # writes dist/pdf/ (and dist-subpath/pdf/), then links the files
 *   node scripts/build-pdf.ts --out DIR --drafts   # also draft reports, into DIR only (tests)
 *   node scripts/build-pdf.ts --lang zh-hant       # one language's documents only (tests)
 *   node scripts/build-pdf.ts --kind report        # one kind of document only: plan or report (tests)
 *   node scripts/build-pdf.ts --dist DIR --wait    # scripts/build.ts: Chromium started while astro
 *        builds DIR; prints once a line "built" comes on standard input (nothing if it ends without)
 * Without Chromium the site stays as built, without PDF files and without links to them (said once).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { CHROMIUM, launch } from './lib/chromium.ts';
import { listDocuments, type ListedDocument } from './lib/pdf-documents.ts';
import { openCjkFonts } from './lib/pdf-fonts.ts';
import { CONTENT_VIEWPORT, predictPages, PRINT_PAGE } from './lib/pdf-layout.ts';
import { headingPages } from './lib/pdf-outline.ts';
import {
  composeDocument,
  formatSize,
  type PdfDocument,
} from '../src/lib/publishing/pdf-compose.ts';
import { localeKeys } from '../src/i18n/locales.ts';
import { filesUnder } from '../src/lib/core/files.ts';
import { PDFDocument } from 'pdf-lib';
import { fixFontMaps } from './lib/pdf-text-layer.ts';
import { contentDate, restampDates, stampDates } from './lib/pdf-dates.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    also: { type: 'string', multiple: true },
    out: { type: 'string' },
    drafts: { type: 'boolean', default: false },
    lang: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    wait: { type: 'boolean', default: false },
  },
});
const KINDS: PdfDocument['kind'][] = ['plan', 'report'];
const unknownKinds = (args.kind ?? []).filter((k) => !(KINDS as string[]).includes(k));
if (unknownKinds.length) {
  console.error(`pdf: --kind ${unknownKinds.join(', ')}: the kinds are ${KINDS.join(', ')}`);
  process.exit(1);
}
/** Whether documents of this kind are printed: every kind, or those asked for. */
const printsKind = (kind: PdfDocument['kind']) => !args.kind?.length || args.kind.includes(kind);
/** The languages to print: every one of the site, or those asked for. */
const languages = args.lang?.length ? localeKeys.filter((l) => args.lang!.includes(l)) : localeKeys;
const dist = args.dist!;
const linkDists = args.out
  ? []
  : [dist, ...(args.also ?? (existsSync('dist-subpath/index.html') ? ['dist-subpath'] : []))];
const outDir = args.out ?? join(dist, 'pdf');

function requireBuiltSite(): void {
  if (existsSync(join(dist, 'index.html'))) return;
  console.error(`pdf: ${dist}/index.html is missing; build the site first (npm run build)`);
  process.exit(1);
}
if (!args.wait) requireBuiltSite();
// PDF_CHROMIUM only lets a test stand in for a machine without Chromium.
const chromiumPath = process.env['PDF_CHROMIUM'] ?? CHROMIUM;
/** Created and modified dates from the content (SOURCE_DATE_EPOCH or the last commit), never the clock. */
const date = contentDate();
if (!existsSync(chromiumPath)) {
  console.log(
    `pdf: ${chromiumPath} is not installed, so the site is built without PDF files (apt-get install chromium, then npm run pdf).`,
  );
  process.exit(0);
}

const ORIGIN = 'http://pdf.invalid';
let browser: Awaited<ReturnType<typeof launch>>;
try {
  browser = await launch();
} catch (error) {
  console.log(
    `pdf: Chromium did not start (${(error as Error).message.split('\n')[0]}), so the site is built without PDF files.`,
  );
  process.exit(0);
}

/**
 * A finished PDF depends only on its composed document (pages, styles, cover, contents), the
 * Chromium that prints it, its fonts, how it is printed and the date stamped in it: kept in
 * node_modules/.cache/pdf under a key of all but the date, so a rebuild that changed none of them
 * copies the file (its dates set to this build's, scripts/lib/pdf-dates.ts) instead of printing
 * it again (PDF_CACHE names another folder: the tests keep a cache of their own).
 */
const CACHE = process.env['PDF_CACHE'] ?? join('node_modules', '.cache', 'pdf');
/** How a document is printed (what its page loaded before the print shows in the PDF's structure ids): in the key too. */
const PRINT_METHOD = 'laid out in columns, printed once, in a page of its own';
const chromiumVersion = browser.version();
/** Each document's CJK font, subset to its characters (scripts/lib/pdf-fonts.ts), served at FONTS. */
const FONTS = '/__pdf_font__/';
const cjkFonts = openCjkFonts(FONTS);
if (cjkFonts.missing)
  console.log(
    `pdf: printing with the system's CJK font files, which is slower: ${cjkFonts.missing}`,
  );

/**
 * Two documents at a time ("lanes"): most of a print is Chromium's layout, which runs beside the
 * other's. Each document is printed in a new page; with --wait each lane's first page is opened
 * while astro builds (a page's renderer takes about half a second to start). Printing a sample in
 * them too was tried and not kept: a first print costs ~2.5 s of CPU, which slowed astro more
 * than it saved.
 */
interface Lane {
  /** A page opened ahead (--wait), not yet used. */
  page?: Page | undefined;
  /** The composed document the page is showing (served at ORIGIN/__pdf__). */
  composed: string;
  /** Its fonts, by path (under FONTS). */
  fonts: Map<string, Uint8Array>;
}
async function openPage(lane: Lane): Promise<Page> {
  const page = await browser.newPage({ viewport: CONTENT_VIEWPORT });
  // Everything the document asks for comes from the built site on disk; nothing leaves the machine.
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/__pdf__')
      return route.fulfill({ body: lane.composed, contentType: 'text/html; charset=utf-8' });
    const font = lane.fonts.get(url.pathname);
    if (font) return route.fulfill({ body: Buffer.from(font), contentType: 'font/otf' });
    const file = join(dist, decodeURIComponent(url.pathname));
    return existsSync(file) && statSync(file).isFile()
      ? route.fulfill({ path: file })
      : route.fulfill({ status: 404, body: '' });
  });
  return page;
}
const lanes: Lane[] = [0, 1].map(() => ({ composed: '', fonts: new Map() }));
/**
 * What build.ts says on standard input (--wait): "pages" once astro has written the pages,
 * "built" once the whole site is (search index included). Input that ends before "built" means
 * the build stopped: the printer stops too, whatever it was doing, without a word.
 */
function buildSignals(): { pagesWritten: Promise<void>; siteBuilt: Promise<void> } {
  let pages!: () => void;
  let built!: () => void;
  const pagesWritten = new Promise<void>((resolve) => (pages = resolve));
  const siteBuilt = new Promise<void>((resolve) => (built = resolve));
  let input = '';
  process.stdin.on('data', (chunk) => {
    input += String(chunk);
    const lines = input.split('\n');
    if (lines.includes('pages')) pages();
    if (lines.includes('built')) {
      pages();
      built();
    }
  });
  process.stdin.on('end', () => {
    if (input.split('\n').includes('built')) return;
    stopping = true;
    void browser.close().finally(() => process.exit(0));
  });
  return { pagesWritten, siteBuilt };
}
/** The build stopped (--wait): a page or print cut short is no error, the process is ending. */
let stopping = false;
const unlessStopping = <T>(work: Promise<T>): Promise<T> =>
  work.catch((error: unknown) =>
    stopping ? new Promise<T>(() => undefined) : Promise.reject(error),
  );
const signals = args.wait ? buildSignals() : undefined;
if (signals) {
  cjkFonts.prepare();
  await unlessStopping(Promise.all(lanes.map(async (lane) => (lane.page = await openPage(lane)))));
  await signals.pagesWritten;
  requireBuiltSite();
}
const documents = listDocuments({ languages, printsKind, drafts: args.drafts! });
const started = performance.now();

/** Keeps the cache small: the PDFs used most recently (two sites, a preview and their languages), no more. */
function pruneCache(keep = 24): void {
  if (!existsSync(CACHE)) return;
  const files = readdirSync(CACHE)
    .map((name) => ({ path: join(CACHE, name), used: statSync(join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { path } of files.slice(keep)) rmSync(path, { force: true });
}

/** One document: copied from the cache when nothing it prints changed, else printed in a page of its own. */
async function printDocument(doc: ListedDocument, lane: Lane): Promise<string> {
  const html = doc.pages.map((p) => readFileSync(join(dist, p, 'index.html'), 'utf8'));
  const tocSelector = doc.kind === 'plan' ? 'h1' : 'section.report-part > h2';
  const compose = (pageNumbers?: (number | undefined)[]) =>
    composeDocument({ doc, html, tocTitle: doc.tocTitle, pageNumbers, tocSelector });
  const firstPass = compose();
  const key = createHash('sha256')
    .update(firstPass.html)
    .update(chromiumVersion)
    .update(cjkFonts.identity)
    .update(PRINT_METHOD)
    .digest('hex')
    .slice(0, 32);
  const cached = join(CACHE, `${key}.pdf`);
  const target = join(outDir, doc.file);
  // The date is not in the key: a commit that changes nothing printed only changes the dates.
  const restamped = existsSync(cached) ? restampDates(readFileSync(cached), date) : undefined;
  if (restamped) {
    writeFileSync(target, restamped);
    utimesSync(cached, new Date(), new Date()); // recently used: kept by the pruning below
    return `pdf: ${relative('.', target)} (unchanged since the last build, ${formatSize(restamped.length)})`;
  }
  // A page that has shown nothing else: the PDF's structure ids count the page's DOM nodes, so
  // the same document must always be printed from the same loads (then the page is closed).
  const page = lane.page ?? (await openPage(lane));
  lane.page = undefined;
  try {
    return await printIn(page, lane, doc, { firstPass, compose, target, cached });
  } finally {
    await page.close();
  }
}

/** Prints a composed document: its contents' page numbers laid out first, then one print, checked. */
async function printIn(
  page: Page,
  lane: Lane,
  doc: ListedDocument,
  {
    firstPass,
    compose,
    target,
    cached,
  }: {
    firstPass: ReturnType<typeof composeDocument>;
    compose: (pageNumbers?: (number | undefined)[]) => ReturnType<typeof composeDocument>;
    target: string;
    cached: string;
  },
): Promise<string> {
  const fonts = await cjkFonts.fontsFor(firstPass.html, doc.file.replace(/\.pdf$/, ''));
  lane.fonts = fonts.files;
  const show = async (result: ReturnType<typeof compose>) => {
    lane.composed = result.html.replace('</head>', `<style>${fonts.css}</style></head>`);
    await page.goto(`${ORIGIN}/__pdf__`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  };
  const print = () =>
    page.pdf({
      ...PRINT_PAGE,
      printBackground: true,
      outline: true,
      tagged: true,
      // The running header (title and chapter) and the page numbers are the document's own
      // page margin boxes (runningHeader in src/lib/publishing/pdf-compose.ts), not Chromium's template.
      displayHeaderFooter: false,
    });
  // The contents' page numbers as the document will print (scripts/lib/pdf-layout.ts), then one
  // print, checked against its outline: printed again only with the numbers it shows if they differ.
  await show(firstPass);
  const predicted = await predictPages(
    page,
    firstPass.entries.map((e) => e.id),
  );
  const laidOut = !predicted.includes(undefined);
  // Loaded again either way: the columns of the layout stay in the page until the next load.
  await show(laidOut ? compose(predicted) : firstPass);
  let pdf = await print();
  const printed = await headingPages(pdf, firstPass.entries, doc.file);
  const again = !laidOut || printed.numbers.some((n, i) => n !== predicted[i]);
  if (again) {
    await show(compose(printed.numbers));
    pdf = await print();
  }
  const pages = printed.pages;
  // One read and one write of the final print: its text layer fixed, its dates stamped.
  const finished = await PDFDocument.load(pdf, { updateMetadata: false });
  fixFontMaps(finished);
  stampDates(finished, date);
  const stamped = await finished.save({ useObjectStreams: false });
  writeFileSync(target, stamped);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, stamped);
  // Printed twice only when the layout and the print disagreed (or the layout found no heading).
  const twice =
    laidOut && again ? ', printed twice: its contents were not laid out as printed' : '';
  return `pdf: ${relative('.', target)} (${pages} pages, ${formatSize(stamped.length)}${twice})`;
}

try {
  mkdirSync(outDir, { recursive: true });
  const queue = [...documents];
  const lines: string[] = [];
  await Promise.all(
    lanes.map(async (lane) => {
      for (let doc = queue.shift(); doc; doc = queue.shift())
        lines.push(await printDocument(doc, lane));
    }),
  );
  for (const line of lines.sort()) console.log(line);
  pruneCache();
} catch (error) {
  await unlessStopping(Promise.reject(error));
} finally {
  await browser.close();
}
// The pages are linked to their files once the search index has read them (build.ts: "built").
await signals?.siteBuilt;

// Link the files from the pages that offer them (a hidden, empty slot until the file exists).
for (const target of linkDists) {
  if (target !== dist) {
    mkdirSync(join(target, 'pdf'), { recursive: true });
    for (const doc of documents)
      copyFileSync(join(outDir, doc.file), join(target, 'pdf', doc.file));
  }
  let linked = 0;
  for (const file of filesUnder(target, '.html')) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pdf-file=')) continue;
    const out = html.replace(
      /<p class="pdf-link" data-pdf-file="([^"]+)" data-pdf-href="([^"]+)" data-pdf-label="([^"]*)" hidden><\/p>/g,
      (slot, name: string, href: string, label: string) => {
        const pdf = join(target, 'pdf', name);
        if (!existsSync(pdf)) return slot;
        linked++;
        return `<p class="pdf-link" data-pdf-file="${name}"><a href="${href}" type="application/pdf" download>${label} (PDF, ${formatSize(statSync(pdf).size)})</a></p>`;
      },
    );
    if (out !== html) writeFileSync(file, out);
  }
  console.log(`pdf: linked ${linked} page(s) in ${target}/`);
}
console.log(
  `pdf: ${documents.length} file(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
