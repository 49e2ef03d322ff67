/**
 * Traditional → simplified folding of search text, the same on both sides: the index is folded
 * at build time and the query in the browser. The browser gets a small table (see
 * search-fold-table.ts) as one string of pairs, traditional then simplified ("體体達达…"). Pure.
 */

/** A folding table: traditional (or variant) character → simplified character. */
export type FoldTable = ReadonlyMap<string, string>;

/** The table from its pairs string ("體体達达…"); throws on an odd number of characters. */
export function foldTableFromPairs(pairs: string): FoldTable {
  const chars = [...pairs];
  if (chars.length % 2 !== 0)
    throw new Error(`fold pairs: odd number of characters (${chars.length})`);
  const table = new Map<string, string>();
  for (let i = 0; i < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** The pairs string of a table (the inverse of foldTableFromPairs), in code point order. */
export function foldTableToPairs(table: FoldTable): string {
  return [...table]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([t, s]) => t + s)
    .join('');
}

/** Text with every character in the table replaced by its simplified form. */
export function fold(text: string, table: FoldTable): string {
  let out = '';
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}
