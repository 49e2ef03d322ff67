/** Chapter entries of one language, sorted, with their blocks and outline parsed once. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { fallbackOf, type Locale } from '../i18n/locales.ts';
import {
  outlineOf,
  parseMdxBlocks,
  type MdxBlock,
  type OutlineEntry,
} from '../lib/plan/mdx-blocks.ts';
import { CHAPTER_COUNT, CHAPTER_NUMBERS } from '../lib/plan/plan-period.ts';
import { perBuild } from './memo.ts';

export interface ChapterView {
  entry: CollectionEntry<'chapters'>;
  /** The language of its text: the page's, or its fallback's for a chapter not yet translated. */
  lang: Locale;
  number: number;
  label: string;
  title: string;
  blocks: MdxBlock[];
  outline: OutlineEntry[];
}

/**
 * The 13 chapters of a language in order, parsed once per build; throws if any is missing. A
 * language being translated takes a chapter it does not have yet from its fallback (view.lang says so).
 */
export const getChapters: (lang: Locale) => Promise<ChapterView[]> = perBuild(readChapters);

async function readChapters(lang: Locale): Promise<ChapterView[]> {
  const entries = await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`));
  const views = entries
    .map((entry) => {
      const blocks = parseMdxBlocks(entry.body ?? '', entry.filePath ?? entry.id);
      return {
        entry,
        lang,
        number: entry.data.number,
        label: entry.data.label,
        title: entry.data.title,
        blocks,
        outline: outlineOf(blocks),
      };
    })
    .sort((a, b) => a.number - b.number);
  const fallback = fallbackOf(lang);
  if (fallback) {
    const have = new Set(views.map((v) => v.number));
    views.push(...(await getChapters(fallback)).filter((v) => !have.has(v.number)));
    views.sort((a, b) => a.number - b.number);
  }
  const numbers = views.map((v) => v.number).join(',');
  if (numbers !== CHAPTER_NUMBERS.join(',')) {
    throw new Error(
      `content/plan/${lang}: expected chapters 1 to ${CHAPTER_COUNT} once each, found ${numbers || 'none'}`,
    );
  }
  return views;
}

/** "第五章 深化系统治理…" / "Chapter 5 Deepening …": the chapter's full heading. */
export function chapterHeading(view: Pick<ChapterView, 'label' | 'title'>): string {
  return `${view.label} ${view.title}`;
}
