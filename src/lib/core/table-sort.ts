/** Sorting rules for data tables. Pure. */
export type SortDirection = 'ascending' | 'descending';

/** Clicking a column heading: first ascending, then it alternates. */
export function nextSort(current: string | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/** Compares two cells' sort keys; numbers numerically, text by the locale's collation (pinyin for Chinese). */
export function compareCells(
  a: string,
  b: string,
  numeric: boolean,
  direction: SortDirection,
): number {
  const order = numeric ? Number(a) - Number(b) : a.localeCompare(b, ['zh-CN', 'en']);
  return direction === 'ascending' ? order : -order;
}
