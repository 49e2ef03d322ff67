/**
 * How a report's parts 2–4 are arranged by the plan's own structure: Table 2-1's chapter, the
 * quantitative targets grouped by chapter, the projects grouped by box (专栏), each in plan order,
 * empty groups left out. Pure: the chapters' blocks are passed in.
 */
import type { MdxBlock } from '../plan/mdx-blocks.ts';

/** What a chapter is to these groupings: its number, heading and blocks. */
export interface ChapterBlocks {
  number: number;
  heading: string;
  blocks: Pick<MdxBlock, 'tag' | 'id' | 'attrs'>[];
}

/** The chapter that holds Table 2-1. */
export function tableChapter(chapters: ChapterBlocks[]): number {
  const found = chapters.find((c) => c.blocks.some((b) => b.id === 'table-2-1'));
  if (!found) throw new Error('no chapter holds table-2-1');
  return found.number;
}

/** Rows grouped by the chapter they belong to, chapters in order, empty ones left out. */
export function byChapter<T>(
  chapters: ChapterBlocks[],
  rows: T[],
  chapterOf: (row: T) => number,
): { chapter: number; heading: string; rows: T[] }[] {
  return chapters.flatMap((c) => {
    const mine = rows.filter((r) => chapterOf(r) === c.number);
    return mine.length ? [{ chapter: c.number, heading: c.heading, rows: mine }] : [];
  });
}

/** Rows grouped by their box (专栏), boxes in plan order, headed "专栏3 …", empty ones left out. */
export function byBox<T>(
  chapters: ChapterBlocks[],
  rows: T[],
  boxOf: (row: T) => string,
): { box: string; heading: string; rows: T[] }[] {
  const boxes = chapters.flatMap((c) => c.blocks.filter((b) => b.tag === 'Box'));
  return boxes.flatMap((b) => {
    const mine = rows.filter((r) => boxOf(r) === b.id);
    const heading = `${b.attrs['label'] ?? ''} ${b.attrs['title'] ?? ''}`.trim();
    return mine.length ? [{ box: b.id, heading, rows: mine }] : [];
  });
}
