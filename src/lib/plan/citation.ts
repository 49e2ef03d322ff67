/**
 * Citations of the plan, a chapter or one of its blocks (paragraph, section, table row) in
 * GB/T 7714-2015 (the Chinese standard for references) and APA (7th edition), worded in the
 * page's language. Pure: the caller passes the date the page was accessed and the page URL.
 */
import { refLabel } from './ref-label.ts';

import { MONTHS } from '../core/months.ts';

/** A citation is worded the Chinese way or the English way (the page's conventionsOf). */
export type { Conventions as CiteLang } from '../../i18n/locales.ts';
import type { Conventions as CiteLang } from '../../i18n/locales.ts';

export interface CiteSource {
  lang: CiteLang;
  /** The issuing body, in the page's language. */
  author: string;
  /** The plan's title, in the page's language. */
  title: string;
  /** The part cited: "第五章 深化系统治理…" or "Chapter 5 …"; empty for the whole document. */
  part?: string | undefined;
  /** The permanent id of the block cited (c5-s1-p3, indicator-forest-coverage); empty for the part itself. */
  id?: string | undefined;
  /** Date of publication, YYYY-MM-DD. */
  published: string;
  /** Date the reader accessed the page, YYYY-MM-DD (GB/T 7714 requires it for online sources). */
  accessed: string;
  /** Full URL of the block (with its #id). */
  url: string;
  /** True when the text is a translation (the English edition). */
  translation?: boolean | undefined;
}

export type BlockKind = 'paragraph' | 'section' | 'row' | 'item';

/** What kind of block a permanent id names, from its shape (c5-s1-p3 is a paragraph, c5-s1 a section). */
export function blockKind(id: string): BlockKind {
  if (/-p\d+$/.test(id)) return 'paragraph';
  if (/^(indicator|target|project)-/.test(id)) return 'row';
  if (/^c\d+(-s\d+)*(-i\d+)*$|^box-\d+/.test(id)) return 'section';
  return 'item';
}

const KIND: Record<BlockKind, Record<CiteLang, string>> = {
  paragraph: { zh: '段落', en: 'para.' },
  section: { zh: '节', en: 'section' },
  row: { zh: '行', en: 'row' },
  item: { zh: '条目', en: 'item' },
};

/** "第一节第3段" / "§1, ¶3" for a paragraph (within its chapter), "专栏3第2段", "节 c5-s1" / "row target-x" for other blocks. */
export function locator(id: string, lang: CiteLang): string {
  // The chapter is named by the citation's part already: "第一节第3段" / "§1, ¶3".
  const words = refLabel(id, lang)?.replace(/^第[一二三四五六七八九十]+章|^Ch\. \d+, /, '');
  return words ?? `${KIND[blockKind(id)][lang]} ${id}`;
}

function checkDate(field: string, value: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new Error(`citation: ${field} must be a date (YYYY-MM-DD), got "${value}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Title with the part and block cited: "规划: 第五章 …, 段落 c5-s1-p3". */
function citedTitle(s: CiteSource, separator: string): string {
  const within = [s.part, s.id ? locator(s.id, s.lang) : '']
    .filter((x) => x)
    .join(s.lang === 'zh' ? ', ' : ', ');
  return within ? `${s.title}${separator}${within}` : s.title;
}

/**
 * GB/T 7714-2015, an online document ([EB/OL]) with its publication and access dates:
 * 作者. 题名[EB/OL]. (发布日期)[引用日期]. 获取路径.
 */
export function gbt7714(s: CiteSource): string {
  checkDate('published', s.published);
  checkDate('accessed', s.accessed);
  const translated = s.translation ? (s.lang === 'zh' ? '(英译本)' : ' (English translation)') : '';
  // No author when the source names none (the plan's web page does not): the title comes first.
  const author = s.author ? `${s.author}. ` : '';
  return `${author}${citedTitle(s, ': ')}${translated}[EB/OL]. (${s.published})[${s.accessed}]. ${s.url}.`;
}

/** APA 7th edition, a government report on a web page: Author. (Date). Title (locator). URL (Title (locator). (Date). URL without an author). */
export function apa(s: CiteSource): string {
  const [y, m, d] = checkDate('published', s.published);
  checkDate('accessed', s.accessed);
  const date = s.lang === 'zh' ? `${y}年${m}月${d}日` : `${y}, ${MONTHS[m - 1]} ${d}`;
  const within = [
    s.part,
    s.id ? locator(s.id, s.lang) : '',
    s.translation ? (s.lang === 'zh' ? '英译本' : 'English translation') : '',
  ]
    .filter((x) => x)
    .join(s.lang === 'zh' ? '，' : ', ');
  const located = within ? (s.lang === 'zh' ? `（${within}）` : ` (${within})`) : '';
  // APA without an author: the title takes the author's place, before the date.
  if (!s.author) return `${s.title}${located}. (${date}). ${s.url}`;
  return `${s.author}. (${date}). ${s.title}${located}. ${s.url}`;
}
