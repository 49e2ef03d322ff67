/**
 * Chinese search that finds fragments: the indexed text and the query are split the same way.
 * Every run of Han characters becomes its overlapping two-character pieces (黑臭水体 → 黑臭 臭水
 * 水体), each written as a plain ASCII token, so that neither pagefind's word segmenter (jieba
 * at index time) nor the browser's (Intl.Segmenter at query time) can split them differently.
 * A query of any length from 2 characters then matches wherever it occurs as a substring; a
 * single character matches as the prefix of its pieces. Pure.
 */

const HAN_RUN = /\p{Script=Han}+/gu;

/** One Han character as a token part: its code point in base 36, always 4 characters. */
const code = (ch: string) => ch.codePointAt(0)!.toString(36).padStart(4, '0');

/** The tokens of one run of Han characters: bigrams, or the single character. */
export function hanTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [`h${code(chars[0]!)}`];
  return chars.slice(0, -1).map((ch, i) => `h${code(ch)}${code(chars[i + 1]!)}`);
}

/** Text as it is indexed (and a query as it is searched): Han runs as tokens, other text kept, punctuation as spaces. */
export function encodeForSearch(text: string): string {
  return text
    .replace(HAN_RUN, (run) => ` ${hanTokens(run).join(' ')} `)
    .replace(/[^\p{L}\p{N}.%+-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A query as it is searched: like the indexed text, but each Han run is covered by the fewest
 * pieces (黑臭水体 → 黑臭 水体; 碳达峰 → 碳达 达峰). Every piece of a matching text is indexed, so
 * nothing is missed, and fewer pieces mean fewer index chunks to download.
 */
export function encodeQuery(query: string): string {
  return encodeForSearch(
    query.replace(HAN_RUN, (run) => {
      const chars = [...run];
      if (chars.length <= 2) return run;
      const starts = chars.map((_, i) => i).filter((i) => i % 2 === 0 && i + 1 < chars.length);
      if (chars.length % 2 === 1) starts.push(chars.length - 2);
      return ` ${starts.map((i) => chars[i]! + chars[i + 1]!).join(' ')} `;
    }),
  );
}

/** The pieces of a query to look for in the original text when highlighting (Han runs and words). */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .split(/[\s,,、。;;]+/u)
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ];
}

/** An excerpt of `text` around the first match of any term, with the matches marked (HTML-escaped). */
export function excerpt(text: string, terms: string[], radius = 60): string {
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  const slice = text.slice(start, end);
  const escape = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const pattern = terms.length
    ? new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
    : undefined;
  const marked = pattern
    ? slice
        .split(pattern)
        .map((part, i) => (i % 2 === 1 ? `<mark>${escape(part)}</mark>` : escape(part)))
        .join('')
    : escape(slice);
  return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
}

/** Plan text first, register entries among it: `every` primary results, then one secondary, and so on. */
export function interleave<T>(primary: T[], secondary: T[], every = 2): T[] {
  const out: T[] = [];
  let p = 0;
  let s = 0;
  while (p < primary.length || s < secondary.length) {
    for (let i = 0; i < every && p < primary.length; i++) out.push(primary[p++]!);
    if (s < secondary.length) out.push(secondary[s++]!);
  }
  return out;
}
