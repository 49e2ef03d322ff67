/**
 * The PDF editions (issue 11): which documents there are, and each one composed from built pages
 * into one printable HTML document (cover, table of contents, the pages' main content). Pure:
 * HTML in, HTML out; scripts/build-pdf.ts reads the files and drives Chromium.
 */
import { load } from 'cheerio';

export type { Locale as Lang } from '../../i18n/locales.ts';
import { locales, type Locale as Lang } from '../../i18n/locales.ts';

export interface PdfDocument {
  /** File name under pdf/: plan-zh.pdf, report-2023-midterm-en.pdf. */
  file: string;
  lang: Lang;
  kind: 'plan' | 'report';
  /** Site-relative paths of the built pages it is made of, in order (index.html under each). */
  pages: string[];
  cover: { title: string; subtitle?: string | undefined; lines: string[] };
}

/** The PDF file of the plan or of a report, in a language. */
export function pdfFile(kind: 'plan' | 'report', lang: Lang, reportId?: string): string {
  return kind === 'plan' ? `plan-${lang}.pdf` : `report-${reportId}-${lang}.pdf`;
}

/** File size as people read it: 850 KB, 1.2 MB. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What the document leaves out of each page: navigation, tools, scripts, undrawn chart canvases. */
const DROP =
  'script, noscript, .toc, .pager, .chapter-tools, .sidebar, .breadcrumbs, .report-toc, .pdf-link, .chart-canvas, .skip-link, .table-tools, .cite-dock, .font-size-control, .info-block';

export interface ComposeInput {
  doc: PdfDocument;
  /** The built HTML of each page, in doc.pages order. */
  html: string[];
  /** Heading of the table of contents. */
  tocTitle: string;
  /** Page numbers for the entries, once known (a first rendering leaves them blank). */
  pageNumbers?: (number | undefined)[] | undefined;
  /** Selector of the headings listed in the table of contents, within each page's main content. */
  tocSelector: string;
}

/** One printable HTML document: the pages' styles, a cover, a table of contents, then each page's main content. */
export function composeDocument(input: ComposeInput): {
  html: string;
  entries: { id: string; text: string }[];
} {
  const { doc, html, tocTitle, pageNumbers, tocSelector } = input;
  // Each page is parsed once; the document is put together as text from the pages' parts.
  const pages = html.map((page) => load(page));
  // Each kind of page brings its own stylesheet beside the shared one: every page's, once each.
  const styles = [
    ...new Set(
      pages.flatMap(($) =>
        $('head link[rel="stylesheet"], head style')
          .toArray()
          .map((el) => $.html(el)),
      ),
    ),
  ].join('\n');
  const canonical = new URL(
    pages[0]?.('link[rel="canonical"]').attr('href') ?? 'https://example.invalid/',
  );
  const entries: { id: string; text: string }[] = [];
  const ids = new Set<string>();
  const parts: { page: string; heading: string }[] = [];
  const mains = pages.map(($, i) => {
    const main = $('main').first();
    main.find(DROP).remove();
    main.find('[id]').each((_, el) => {
      ids.add($(el).attr('id')!);
    });
    main.find(tocSelector).each((j, el) => {
      const id = $(el).attr('id') ?? `pdf-${i}-${j}`;
      $(el).attr('id', id);
      ids.add(id);
      entries.push({ id, text: $(el).text().replace(/\s+/g, ' ').trim() });
    });
    // Each page of the plan is one chapter: its pages carry the chapter's heading in the running header.
    const part = doc.kind === 'plan' ? $('main h1').first().text().replace(/\s+/g, ' ').trim() : '';
    if (part) parts.push({ page: `part-${i}`, heading: part });
    return { main, part };
  });
  // Links (once every page's ids are known): to a place inside this document → that place;
  // elsewhere on the site → the public address.
  const bodies = mains.map(({ main, part }, i) => {
    const $ = pages[i]!;
    main.find('a[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (href.startsWith('#')) return;
      const url = new URL(href, canonical);
      if (
        url.origin === canonical.origin &&
        url.hash &&
        ids.has(decodeURIComponent(url.hash.slice(1)))
      )
        $(el).attr('href', url.hash);
      else $(el).attr('href', url.href);
    });
    return `<section class="pdf-part"${part ? ` style="page: part-${i}"` : ''} lang="${$('html').attr('lang') ?? ''}">${main.html() ?? ''}</section>`;
  });
  const documentHtml = `<!DOCTYPE html><html lang="${locales[doc.lang].htmlLang}"><head><meta charset="utf-8"><title>${escapeHtml(doc.cover.title)}</title>${styles}<style>${PDF_CSS}${runningHeader(doc.cover.title, parts)}</style></head><body>
<section class="pdf-cover"><h1 class="pdf-title">${escapeHtml(doc.cover.title)}</h1>${doc.cover.subtitle ? `<p class="pdf-subtitle">${escapeHtml(doc.cover.subtitle)}</p>` : ''}${doc.cover.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>
<nav class="pdf-toc"><h2 class="pdf-toc-title">${escapeHtml(tocTitle)}</h2><ol>${entries.map((e, k) => `<li><a href="#${escapeHtml(e.id)}"><span class="pdf-toc-text">${escapeHtml(e.text)}</span><span class="pdf-toc-page">${pageNumbers?.[k] ?? '000'}</span></a></li>`).join('')}</ol></nav>
${bodies.join('\n')}</body></html>`;
  return { html: documentHtml, entries };
}

/**
 * The page (1-based) of each entry from the PDF's outline (its bookmarks, in document order): each
 * entry takes the first bookmark after the previous entry's whose title is its text. Undefined
 * where no bookmark matches (locateEntries then reads the pages' text).
 */
export function entriesFromOutline(
  outline: { title: string; page: number }[],
  entries: { text: string }[],
): (number | undefined)[] {
  const squash = (s: string) => s.replace(/\s+/g, '');
  let from = 0;
  return entries.map((e) => {
    const at = outline.findIndex((o, i) => i >= from && squash(o.title) === squash(e.text));
    if (at === -1) return undefined;
    from = at + 1;
    return outline[at]!.page;
  });
}

/** The page (1-based) on which each entry's heading starts: its first occurrence after the table of contents. */
export function locateEntries(
  pageTexts: string[],
  entries: { text: string }[],
): (number | undefined)[] {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const pages = pageTexts.map(squash);
  const firstHits = entries.map((e) => pages.findIndex((p) => p.includes(squash(e.text))));
  const tocEnd = Math.max(...firstHits, 0); // every entry is listed in the contents, so its first hit is there
  return entries.map((e) => {
    const text = squash(e.text);
    const at = pages.findIndex((p, i) => i > tocEnd && p.includes(text));
    if (at !== -1) return at + 1;
    // A heading that runs over a page break: the page where it begins.
    const start = pages.findIndex(
      (p, i) =>
        i > tocEnd &&
        Array.from({ length: text.length - 1 }, (_, k) => text.slice(0, text.length - 1 - k)).some(
          (head) =>
            head.length >= 4 &&
            p.endsWith(head) &&
            (pages[i + 1] ?? '').includes(text.slice(head.length, head.length + 4)),
        ),
    );
    return start === -1 ? undefined : start + 1;
  });
}

/**
 * The running header and footer, as the page's margin boxes (CSS Paged Media): on a chapter's
 * pages the chapter's heading at the head (each chapter is a named page); the document's title
 * and "3 / 60" at the foot of every page. Title and heading each get a line of their own: side by
 * side, an English title and heading would not fit on one.
 */
export function runningHeader(title: string, parts: { page: string; heading: string }[]): string {
  const small = 'font-size: 7.5pt; color: #444;';
  return [
    `@page { @bottom-left { content: ${cssString(title)}; ${small} } @bottom-right { content: counter(page) " / " counter(pages); ${small} } }`,
    ...parts.map(
      (p) =>
        `@page ${p.page} { @top-left { content: ${cssString(p.heading)}; ${small} vertical-align: bottom; padding-bottom: 1mm; border-bottom: 0.4pt solid #999; width: 100%; } }`,
    ),
  ].join('\n');
}

/** Text as a CSS string literal, safe inside a <style> element. */
export function cssString(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\A ')
    .replace(/</g, '\\3C ')}"`;
}

/** Text made safe to put into HTML (the PDF's cover, contents and running header). */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Cover and contents; chapters and report parts start on a new page. */
const PDF_CSS = `
.pdf-cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
.pdf-title { font-size: 24pt; line-height: 1.4; margin: 0 0 12mm; }
.pdf-subtitle { font-size: 14pt; margin: 0 0 20mm; }
.pdf-cover p { margin: 2mm 0; font-size: 12pt; }
.pdf-toc { break-after: page; font-size: 11pt; line-height: 1.5; }
.pdf-toc ol { list-style: none; padding: 0; }
.pdf-toc li { margin: 2mm 0; }
.pdf-toc a { display: flex; gap: 4mm; color: #000; text-decoration: none; }
.pdf-toc-text { flex: 1; }
.pdf-toc-page { font-variant-numeric: tabular-nums; min-width: 10mm; text-align: right; }
.pdf-part + .pdf-part { break-before: page; }
.pdf-part h1 small { font-size: 0.6em; }
`;
