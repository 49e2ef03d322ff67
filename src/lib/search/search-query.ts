/**
 * What the search page runs for what a reader typed: the query folded to simplified characters,
 * then its synonyms, glossary translations (a term in the other language) and Chinese readings
 * of pinyin, each as a query in the page's language that says why it is run. Pure.
 */
import { fold, type FoldTable } from './search-fold.ts';
import { expandQuery, type Lang, type TermGroup } from './search-synonyms.ts';
import { pinyinChunks, pinyinToHan, type PinyinIndex } from './search-pinyin.ts';

/**
 * Search aids loaded with the first query (small): the folding pairs, and the synonym groups
 * with the terms that occur nowhere on each language's pages (COD, SO2: only their synonyms are searched).
 */
export interface SearchAids {
  fold: string;
  synonyms: { zh: string[]; en: string[]; absent?: Record<Lang, string[]> }[];
}

/** Loaded only when needed: glossary translations, pinyin, and the terms suggested when nothing is found. */
export interface SearchTerms {
  translations: { zh: string[]; en: string[] }[];
  pinyin: PinyinIndex;
  vocabulary: Record<Lang, string[]>;
}

/** One query to run, why, and what the reader typed that it stands for. */
export interface Variant {
  q: string;
  kind: 'typed' | 'traditional' | 'synonym' | 'translation' | 'pinyin';
  from: string;
}

const HAN = /\p{Script=Han}/u;

/** Whether a query needs the terms file: Latin letters only on the Chinese page, Chinese on the English page. */
export function needsTerms(query: string, lang: Lang): boolean {
  return lang === 'zh' ? !HAN.test(query) && /\p{L}/u.test(query) : HAN.test(query);
}

/** The queries to run (at most `max`), the typed query (folded) first. */
export function planQueries(
  typed: string,
  lang: Lang,
  table: FoldTable,
  aids: SearchAids,
  terms?: SearchTerms,
  max = 6,
): Variant[] {
  const query = typed.replace(/\s+/g, ' ').trim();
  const folded = fold(query, table);
  const out: Variant[] = [
    { q: folded, kind: folded === query ? 'typed' : 'traditional', from: query },
  ];
  const groups: TermGroup[] = [
    ...aids.synonyms.map((g) => ({ ...g, kind: 'synonym' as const })),
    ...(terms?.translations ?? []).map((g) => ({ ...g, kind: 'translation' as const })),
  ];
  for (const alt of expandQuery(folded, lang, groups, max))
    out.push({ q: alt.q, kind: alt.kind, from: alt.from });
  if (terms && pinyinChunks(query)) {
    for (const han of pinyinToHan(query, terms.pinyin)) {
      if (lang === 'zh') out.push({ q: han, kind: 'pinyin', from: query });
      for (const alt of expandQuery(han, lang, groups, max))
        out.push({ q: alt.q, kind: 'pinyin', from: query });
    }
  }
  // A synonym that occurs nowhere on this language's pages would only find look-alikes (COD → co-processing).
  const typedAbsent = aids.synonyms.some((g) =>
    g.absent?.[lang].some((t) => t.toLowerCase() === folded.toLowerCase()),
  );
  if (typedAbsent && out.length > 1) out.shift();
  const seen = new Set<string>();
  return out
    .filter((v) => !seen.has(v.q.toLowerCase()) && seen.add(v.q.toLowerCase()))
    .slice(0, max);
}
