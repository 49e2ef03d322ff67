/**
 * The page contract of search, in one place: the attributes a page puts on its <article> to be
 * indexed, and how the indexer reads them back. Pages spread `searchAttributes(…)`; the indexer
 * (src/lib/search/search-records.ts) reads `readSearchMark(…)`. A page without the mark is not indexed.
 */

/** How an article is split into search records. */
export const SEARCH_GRANULARITIES = ['section', 'paragraph', 'rows', 'page'] as const;
export type SearchGranularity = (typeof SEARCH_GRANULARITIES)[number];

export interface SearchMark {
  /** The kind of page, offered as the `type` filter (chapter, indicator, target, project, report). */
  type: string;
  /** section (default): one record per h2 or box; paragraph: per paragraph or table; rows: per table row with an id; page: one. */
  granularity: SearchGranularity;
  /** The chapter number, offered as the `chapter` filter. */
  chapter?: number | undefined;
}

const TYPE = 'data-search-type';
const GRANULARITY = 'data-search-granularity';
const CHAPTER = 'data-search-chapter';

/** Selector of the one searchable element of a page. */
export const SEARCHABLE = `article[${TYPE}]`;
/** Text inside an element with this attribute stays out of the index (navigation, screen-reader-only text). */
export const IGNORED = '[data-pagefind-ignore]';
/** A cheap test on raw HTML before parsing it: pages without it are not searchable. */
export const SEARCHABLE_MARKER = `${TYPE}=`;

/** The attributes of a searchable article. */
export function searchAttributes(
  mark: Omit<SearchMark, 'granularity'> & { granularity?: SearchGranularity },
): Record<string, string> {
  return {
    [TYPE]: mark.type,
    ...(mark.granularity && mark.granularity !== 'section'
      ? { [GRANULARITY]: mark.granularity }
      : {}),
    ...(mark.chapter !== undefined ? { [CHAPTER]: String(mark.chapter) } : {}),
  };
}

/** Reads an article's mark back from its attributes; throws on a granularity the indexer does not know. */
export function readSearchMark(
  attribute: (name: string) => string | undefined,
): SearchMark | undefined {
  const type = attribute(TYPE);
  if (!type) return undefined;
  const granularity = attribute(GRANULARITY) ?? 'section';
  if (!(SEARCH_GRANULARITIES as readonly string[]).includes(granularity)) {
    throw new Error(
      `${GRANULARITY}="${granularity}" is not one of ${SEARCH_GRANULARITIES.join(', ')}`,
    );
  }
  const chapter = attribute(CHAPTER);
  return {
    type,
    granularity: granularity as SearchGranularity,
    ...(chapter ? { chapter: Number(chapter) } : {}),
  };
}
