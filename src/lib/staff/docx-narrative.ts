/**
 * A report narrative written in Word or WPS, as the HTML mammoth makes of it, turned into the
 * report's Markdown (zh.md / en.md): the kind's parts found by the headings a bureau writes (Word
 * heading styles, or bold or short numbered paragraphs such as 一、总体进展), （一）and 1. below
 * them as subheadings, paragraphs, lists and tables kept, and a list of what could not be placed.
 * Pure: the caller reads the file (scripts/lib/docx.ts) and checks the result like any report text.
 */
import type { Locale } from '../../i18n/locales.ts';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import {
  PART_NUMERALS,
  reportParts,
  type PartId,
  type ReportKind,
} from '../reports/report-outline.ts';
import { partCount, partOfHeading } from './report-narrative.ts';

/** What a Word file became: the Markdown, what was left out before the first part, and what could not be placed. */
export interface DocxNarrative {
  markdown: string;
  /** Per part, how many paragraphs and tables it received. */
  placed: Map<PartId, { paragraphs: number; tables: number }>;
  /** Text before the first part heading (the title, 编制单位, date): not imported, listed for staff. */
  before: string[];
  /** Problems in Chinese then English, each naming where in the document. */
  problems: string[];
}

const SENTENCE_END = /[。；;：:！？!?]$/;

/** Markdown-escapes text so that it stays text (never a heading, list, link, HTML or code). */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** The inline Markdown of an element's children. */
function inline($: cheerio.CheerioAPI, node: AnyNode): string {
  if (node.type === 'text') return escapeText((node as unknown as { data: string }).data);
  if (node.type !== 'tag') return '';
  const el = node as Element;
  const inner = () => el.children.map((c) => inline($, c)).join('');
  switch (el.name) {
    case 'strong':
    case 'b': {
      const text = inner();
      return text.trim() ? `**${text.trim()}**` : text;
    }
    case 'em':
    case 'i': {
      const text = inner();
      return text.trim() ? `*${text.trim()}*` : text;
    }
    case 'br':
      return '\\\n';
    case 'a': {
      const href = el.attribs['href'] ?? '';
      const text = inner();
      return /^https?:\/\/\S+$/i.test(href) && text.trim() ? `[${text}](${href})` : text;
    }
    case 'img':
      return '';
    default:
      return inner();
  }
}

/** An element's plain text, spaces collapsed. */
const plain = ($: cheerio.CheerioAPI, el: Element) => $(el).text().replace(/\s+/g, ' ').trim();

/** Whether a paragraph reads as a heading: a heading style, all bold, or short without a sentence end. */
function headingLike($: cheerio.CheerioAPI, el: Element, text: string): boolean {
  if (/^h[1-6]$/.test(el.name)) return true;
  const bold = $(el).find('strong, b').text().replace(/\s+/g, '');
  if (bold !== '' && bold === text.replace(/\s+/g, '')) return true;
  return text.length <= 30 && !SENTENCE_END.test(text);
}

/** A list as Markdown lines (nested lists indented). */
function list($: cheerio.CheerioAPI, el: Element, depth = 0): string[] {
  const ordered = el.name === 'ol';
  const lines: string[] = [];
  $(el)
    .children('li')
    .each((i, li) => {
      const own = li.children.filter((c) => !(c.type === 'tag' && /^(ol|ul)$/.test(c.name)));
      const text = own
        .map((c) => inline($, c))
        .join('')
        .trim();
      lines.push(`${'   '.repeat(depth)}${ordered ? `${i + 1}.` : '-'} ${text}`);
      $(li)
        .children('ol, ul')
        .each((_, sub) => {
          lines.push(...list($, sub, depth + 1));
        });
    });
  return lines;
}

/** A table as a GFM table: the first row is the header; merged cells leave empty cells behind. */
function table($: cheerio.CheerioAPI, el: Element): string[] {
  const rows: string[][] = [];
  $(el)
    .find('tr')
    .each((_, tr) => {
      const cells: string[] = [];
      $(tr)
        .children('td, th')
        .each((__, td) => {
          const text = $(td)
            .children()
            .toArray()
            .map((c) => inline($, c).trim())
            .filter(Boolean)
            .join(' ')
            .replace(/\\\n/g, ' ');
          cells.push(text || inline($, td).trim());
          const span = Number($(td).attr('colspan') ?? 1);
          for (let k = 1; k < span; k++) cells.push('');
        });
      rows.push(cells);
    });
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (r: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => r[i] || ' ').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `| ${Array(width).fill('---').join(' | ')} |`, ...body.map(line)];
}

/** Converts mammoth's HTML of a report into the report's Markdown (see the file comment). */
export function docxNarrative(
  html: string,
  lang: Locale,
  kind: ReportKind,
  partTitles: readonly string[],
): DocxNarrative {
  const outline = reportParts(kind);
  const parts = partCount(kind);
  const $ = cheerio.load(html, null, false);
  const problems: string[] = [];
  const before: string[] = [];
  const placed = new Map<PartId, { paragraphs: number; tables: number }>();
  const out: string[] = [];
  let current: PartId | undefined;
  let lastIndex = -1;
  let last = '';
  const where = () =>
    current
      ? `${partTitles[outline.findIndex((p) => p.id === current)]}${last ? `，“${last.slice(0, 20)}”之后` : ''}`
      : '第一部分之前';
  const count = (what: 'paragraphs' | 'tables') => {
    if (current) placed.get(current)![what] += 1;
  };
  for (const node of $.root().children().toArray()) {
    const el = node as Element;
    $(el)
      .find('img')
      .each(() => {
        problems.push(
          `图片（${where()}）：网站正文不能放图片；请删除图片，或把其中的数据改成文字或表格 / an image (${current ?? 'before the first part'}): the site's text takes no images; delete it or give its data as text or a table`,
        );
      });
    if (el.name === 'table') {
      if (!current) {
        before.push('（表格）');
        continue;
      }
      out.push('', ...table($, el));
      count('tables');
      continue;
    }
    if (el.name === 'ul' || el.name === 'ol') {
      if (!current) {
        before.push(plain($, el));
        continue;
      }
      out.push('', ...list($, el));
      count('paragraphs');
      continue;
    }
    const text = plain($, el);
    if (text === '') continue;
    const heading = headingLike($, el, text);
    // Parts are numbered 一、… in Chinese (1. … is a subheading there) and 1. … in English.
    const numbering =
      lang === 'zh' ? /^[一二三四五六七八九十]+\s*[、.．]/ : /^(?:part\s*)?\d+\s*[.、:)]?\s/i;
    const part = heading && numbering.test(text) ? partOfHeading(text, kind) : undefined;
    if (part) {
      const index = outline.findIndex((p) => p.id === part);
      if (placed.has(part) || index < lastIndex) {
        problems.push(
          placed.has(part)
            ? `“${text}”与前面的第${PART_NUMERALS[index]}部分重复；每个部分只写一次 / part "${text}" appears twice`
            : `“${text}”的位置不对：第${PART_NUMERALS[index]}部分应在第${PART_NUMERALS[lastIndex]}部分之前 / part "${text}" is out of order`,
        );
        continue;
      }
      current = part;
      lastIndex = index;
      last = '';
      placed.set(part, { paragraphs: 0, tables: 0 });
      out.push('', `# ${partTitles[index]}`);
      continue;
    }
    if (current && (el.name === 'h1' || (heading && numbering.test(text) && lang === 'zh'))) {
      problems.push(
        `标题“${text}”不是报告的${parts.zh}之一（${where()}）；部分标题只能是“${partTitles[0]}”至“${partTitles.at(-1)}” / heading "${text}" is not one of the ${parts.en}`,
      );
      continue;
    }
    if (!current) {
      before.push(text);
      continue;
    }
    const sub =
      /^（[一二三四五六七八九十]+）/.test(text) || /^\([一二三四五六七八九十]+\)/.test(text);
    const numbered = /^\d+[.．、]\s*\S/.test(text);
    if ((heading && sub) || el.name === 'h2') out.push('', `## ${escapeText(text)}`);
    else if ((heading && numbered) || el.name === 'h3') out.push('', `### ${escapeText(text)}`);
    else if (/^h[4-6]$/.test(el.name)) out.push('', `#### ${escapeText(text)}`);
    else {
      const md = inline($, el)
        .trim()
        .replace(/^(\d+)\./, '$1\\.')
        .replace(/^([-+])\s/, '\\$1 ');
      out.push('', md);
    }
    last = text;
    count('paragraphs');
  }
  const missing = outline.filter((p) => !placed.has(p.id));
  if (missing.length > 0)
    problems.push(
      `找不到这些部分的标题：${missing.map((p) => `“${partTitles[outline.indexOf(p)]}”`).join('、')}；请在文件中写出全部${parts.zh}的标题（可以是 Word 的标题样式，或单独一段加粗的“一、总体进展”） / no heading found for part(s) ${missing.map((p) => outline.indexOf(p) + 1).join(', ')}`,
    );
  return { markdown: `${out.join('\n').trim()}\n`, placed, before, problems };
}
