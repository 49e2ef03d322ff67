/**
 * When nothing is found: the nearest terms that do occur on the site, for a slip of one
 * character (黑臭水休 → 黑臭水体, forrest → forest) or a term the plan words differently (terms
 * sharing the most two-character pieces). Pure.
 */

/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = y.map((_, j) => j + 1);
  row.unshift(0);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[y.length]!;
}

const pairs = (s: string) => {
  const c = [...s];
  return new Set(c.slice(0, -1).map((ch, i) => ch + c[i + 1]));
};

/**
 * Up to `max` terms of `vocabulary` (most frequent first) nearest to the query: those fewest
 * edits away, within one edit (two for longer queries), else, for Chinese, those sharing the most two-character pieces.
 */
export function nearestTerms(query: string, vocabulary: readonly string[], max = 5): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const length = [...q].length;
  const allowed = length <= 4 ? 1 : 2;
  const close = vocabulary
    .map((term, rank) => ({ term, rank, d: editDistance(q, term.toLowerCase()) }))
    .filter((c) => c.d > 0 && c.d <= allowed)
    .sort((a, b) => a.d - b.d || a.rank - b.rank)
    .filter((c, _, all) => c.d === all[0]!.d) // the nearest only: one slip before two
    .map((c) => c.term);
  if (close.length > 0 || !/\p{Script=Han}/u.test(q)) return close.slice(0, max);
  const mine = pairs(q);
  return vocabulary
    .map((term, rank) => ({
      term,
      rank,
      shared: [...pairs(term)].filter((p) => mine.has(p)).length,
    }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.rank - b.rank)
    .slice(0, max)
    .map((c) => c.term);
}
