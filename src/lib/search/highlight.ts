/**
 * The reader's words, as the search page passes them on: a query capped in length (it is written
 * into the address, and a very long one makes an address servers refuse), and the patterns that
 * mark `?hl=` words on the page opened. Pure.
 */

/** The longest query searched and written into the address, in characters. */
export const MAX_QUERY = 200;

/** The query as searched: trimmed and cut to MAX_QUERY characters (whole code points). */
export function capQuery(typed: string): { query: string; capped: boolean } {
  const chars = [...typed.trim()];
  return chars.length > MAX_QUERY
    ? { query: chars.slice(0, MAX_QUERY).join('').trim(), capped: true }
    : { query: chars.join(''), capped: false };
}

/**
 * Patterns for the words of `?hl=`: `test` (not global, so it can be asked of every text node)
 * and `split` (global, with one capture group). A Latin word matches at the start of a word only
 * ("forest" marks "forests", not "afforestation"); Chinese matches anywhere.
 */
export function highlightPatterns(hl: string): { test: RegExp; split: RegExp } | undefined {
  const terms = capQuery(hl)
    .query.split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => {
      const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /^[\p{Script=Latin}\p{N}]/u.test(t) ? `(?<![\\p{L}\\p{N}])${escaped}` : escaped;
    });
  if (terms.length === 0) return undefined;
  const source = `(${terms.join('|')})`;
  return { test: new RegExp(source, 'iu'), split: new RegExp(source, 'giu') };
}
