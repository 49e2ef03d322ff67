/**
 * Search records from a built page: one per section (each h2 with an id, each box), so that a
 * result opens the right section. Pure apart from the HTML parser.
 */
import * as cheerio from 'cheerio';
import { encodeForSearch } from './search-text.ts';
import { IGNORED, readSearchMark, SEARCHABLE } from './search-contract.ts';

export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: { title: string; page: string; section: string; text: string };
  filters: Record<string, string[]>;
}

/**
 * Text of the page's article split into sections; empty when the page has no searchable article.
 * Chinese is indexed folded by `foldText` (traditional → simplified), as queries are.
 */
export function recordsOfPage(
  html: string,
  pageUrl: string,
  foldText: (text: string) => string = (text) => text,
): SearchRecord[] {
  // htmlparser2 (xml: { xmlMode: false }) rather than parse5: the pages are Astro's own valid
  // HTML, and it reads them in half the time with the same records (compared over the whole site).
  const $ = cheerio.load(html, { xml: { xmlMode: false } });
  const article = $(SEARCHABLE).first();
  const mark = readSearchMark((name) => article.attr(name));
  if (!mark) return [];
  const lang = ($('html').attr('lang') ?? 'en').toLowerCase();
  const body = article.clone();
  body.find(IGNORED).remove();
  const page = body.find('h1').first().text().replace(/#$/, '').replace(/\s+/g, ' ').trim();
  const filters: Record<string, string[]> = { type: [mark.type] };
  if (mark.chapter !== undefined) filters['chapter'] = [String(mark.chapter)];

  const granularity = mark.granularity;
  if (granularity === 'paragraph')
    return paragraphRecords($, body, page, pageUrl, lang, filters, foldText);
  if (granularity === 'rows') {
    return body
      .find('tr[id]')
      .map((_, el) => {
        const row = $(el);
        const section = squash(row.closest('section').find('h2').first().text());
        const name = squash(row.find('th').first().text());
        const text = squash(
          row
            .find('td')
            .map((__, td) => $(td).text())
            .get()
            .join(' · '),
        );
        const searchable = `${name} ${text}`;
        return {
          url: `${pageUrl}#${row.attr('id')}`,
          language: lang,
          content: lang.startsWith('zh') ? encodeForSearch(foldText(searchable)) : searchable,
          meta: { title: `${page} › ${name}`, page, section, text: `${section} · ${text}` },
          filters,
        };
      })
      .get();
  }
  if (granularity === 'page') {
    const text = squash(
      body
        .children()
        .not('h1')
        .map((_, el) => blockText($, $(el)))
        .get()
        .join(' '),
    );
    return [
      {
        url: pageUrl,
        language: lang,
        content: lang.startsWith('zh')
          ? encodeForSearch(foldText(`${page} ${text}`))
          : `${page} ${text}`,
        meta: { title: page, page, section: '', text },
        filters,
      },
    ];
  }

  const sections: { id: string; title: string; parts: string[] }[] = [
    { id: body.find('h1').first().attr('id') ?? '', title: page, parts: [] },
  ];
  body.children().each((_, el) => {
    const node = $(el);
    const heading = node.is('h2[id]') ? node : node.is('aside.box[id]') ? node : undefined;
    if (heading) {
      const title = (node.is('aside') ? node.find('.box-title').first() : node)
        .text()
        .replace(/#$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      sections.push({
        id: node.attr('id')!,
        title,
        parts: node.is('aside') ? [blockText($, node)] : [],
      });
    } else if (!node.is('h1')) {
      sections.at(-1)!.parts.push(blockText($, node));
    }
  });
  return sections
    .map((s) => ({ ...s, text: s.parts.join(' ').replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text.length > 0)
    .map((s) => {
      const searchable = `${s.title} ${s.text}`;
      return {
        url: s.id ? `${pageUrl}#${s.id}` : pageUrl,
        language: lang,
        content: lang.startsWith('zh') ? encodeForSearch(foldText(searchable)) : searchable,
        meta: {
          title: s.title === page ? page : `${page} › ${s.title}`,
          page,
          section: s.title,
          text: s.text,
        },
        filters,
      };
    });
}

const squash = (s: string) => s.replace(/#$/, '').replace(/\s+/g, ' ').trim();

/** Where one piece of text ends and the next begins: table cells, list items, blocks. */
const BLOCKS =
  'td, th, caption, li, dt, dd, p, div, figcaption, summary, h1, h2, h3, h4, h5, h6, br';

/**
 * An element's text with a space wherever a cell, item or block ends, so that neighbouring cells
 * never run together in a result's snippet ("表2-1 16 森林覆盖率", not "表2-116森林覆盖率").
 */
export function blockText($: cheerio.CheerioAPI, node: ReturnType<cheerio.CheerioAPI>): string {
  const copy = node.clone();
  copy.find('.card-only').remove(); // a phone card's copy of a cell the table already has
  copy.find(BLOCKS).each((_, el) => {
    $(el).append(' ');
  });
  return squash(copy.text());
}

/**
 * One record per paragraph (chapter pages): a result opens the paragraph itself, and each
 * result's details stay small to download. A heading is searchable with the paragraph after it.
 */
function paragraphRecords(
  $: cheerio.CheerioAPI,
  body: ReturnType<cheerio.CheerioAPI>,
  page: string,
  pageUrl: string,
  lang: string,
  filters: Record<string, string[]>,
  foldText: (text: string) => string,
): SearchRecord[] {
  const records: SearchRecord[] = [];
  let section = '';
  let pendingHeadings: string[] = [];
  body.find('h2, h3, h4, p[id], .table-wrap[id]').each((_, el) => {
    const node = $(el);
    if (node.is('h2, h3, h4')) {
      const text = squash(node.text());
      if (node.is('h2')) section = text;
      pendingHeadings.push(text);
      return;
    }
    const text = blockText($, node);
    if (!text) return;
    const searchable = [...pendingHeadings, text].join(' ');
    pendingHeadings = [];
    const title = section ? `${page} › ${section}` : page;
    records.push({
      url: `${pageUrl}#${node.attr('id')}`,
      language: lang,
      content: lang.startsWith('zh') ? encodeForSearch(foldText(searchable)) : searchable,
      meta: { title, page, section, text },
      filters,
    });
  });
  return records;
}
