/**
 * Pinyin queries in the browser: `heichou shuiti`, `tandafeng`, `sēnlín fùgàilǜ`, `sen1lin2` are
 * rewritten into the Chinese terms of the site whose toneless pinyin spells the query exactly.
 * The map (toneless pinyin → terms) is computed at build time for the site's own terms only
 * (search-pinyin-index.ts), so the browser never downloads a pinyin dictionary. Loose pinyin
 * (a syllable too few or wrong) finds nothing rather than something wrong. Pure.
 */

/** Toneless pinyin (syllables run together, ü as v) → the site's Chinese terms with that pinyin, most frequent first. */
export type PinyinIndex = Readonly<Record<string, readonly string[]>>;

/**
 * A query as pinyin keys: lower case, tone marks and tone digits removed, ü (u:, v) as v,
 * split where the reader put spaces or apostrophes; undefined if it is not letters only.
 */
export function pinyinChunks(query: string): string[] | undefined {
  const plain = query
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308|u:/g, 'v')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])[1-5]/g, '$1');
  if (!/^[a-z\s'’-]+$/.test(plain) || !/[a-z]/.test(plain)) return undefined;
  return plain.split(/[\s'’-]+/).filter(Boolean);
}

/**
 * The Chinese readings of a pinyin query: the fewest known terms that spell all of it, exactly
 * (spaces and apostrophes the reader typed only help to read it); several when terms
 * share a pinyin. Empty when the query is not exactly the pinyin of site terms.
 */
export function pinyinToHan(query: string, index: PinyinIndex, max = 3): string[] {
  const chunks = pinyinChunks(query);
  if (!chunks) return [];
  const text = chunks.join('');
  // Fewest terms covering text[0..i): best[i] = the readings with that count.
  const best: { count: number; readings: string[] }[] = [{ count: 0, readings: [''] }];
  for (let end = 1; end <= text.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const terms = index[text.slice(start, end)];
      if (!before || !terms) continue;
      const count = before.count + 1;
      const current = best[end];
      if (current && current.count < count) continue;
      const readings = before.readings.flatMap((r) => terms.map((t) => r + t)).slice(0, max);
      best[end] =
        current && current.count === count
          ? { count, readings: [...current.readings, ...readings].slice(0, max) }
          : { count, readings };
    }
  }
  return best[text.length]?.readings ?? [];
}

/** Chinese terms whose pinyin is nearest to a pinyin query that matched nothing (heichou shuiqi → 黑臭水体), for suggestions only. */
export function nearestByPinyin(
  query: string,
  index: PinyinIndex,
  nearest: (key: string, keys: string[]) => string[],
): string[] {
  const chunks = pinyinChunks(query);
  if (!chunks) return [];
  return nearest(chunks.join(''), Object.keys(index)).flatMap((key) => index[key] ?? []);
}
