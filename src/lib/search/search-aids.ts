/**
 * Build time: the two small files the search page loads besides pagefind's index, computed from
 * the indexed records and the glossary data. `search-aids.json` (with the first query): the
 * folding pairs for characters of the site and the synonym groups. `search-terms.json` (only
 * for a query in the other script, or when nothing is found): glossary translations, the
 * pinyin of the site's terms, and the terms to suggest. Pure apart from the given fold table.
 */
import { fold, foldTableToPairs, type FoldTable } from './search-fold.ts';
import { tableFor } from './search-fold-table.ts';
import { frequentWords, pinyinIndex } from './search-pinyin-index.ts';
import type { SearchAids, SearchTerms } from './search-query.ts';

export interface GlossaryEntry {
  zh: string[];
  en: string;
  match?: string | undefined;
}
export interface IndicatorEntry {
  name: { zh: string; en: string };
}
export interface SynonymGroup {
  zh: string[];
  en: string[];
}
export interface IndexedText {
  language: string;
  text: string;
}

const HAN = /\p{Script=Han}/u;
const uniq = (list: string[]) => [...new Set(list.filter(Boolean))];
const unquote = (s: string) => s.replace(/[“”‘’"]/g, '').trim();
/** A name without its trailing unit or abbreviation in brackets: 森林覆盖率(%) → 森林覆盖率. */
const bare = (s: string) => s.replace(/\s*[((][^()()]*[))]\s*$/u, '').trim();
const PLAIN_PHRASE = /^[\p{L}\p{N} '-]+$/u;

/**
 * Glossary terms and indicator names as translation groups: the Chinese terms, and the English
 * rendering with its bracketed abbreviation (PM2.5, EIA) and its plain `match` phrase as aliases.
 */
export function translationGroups(
  glossary: readonly GlossaryEntry[],
  indicators: readonly IndicatorEntry[],
): SynonymGroup[] {
  const fromGlossary = glossary.map((term) => {
    const inBrackets = /\(([^)]*)\)\s*$/.exec(term.en)?.[1] ?? '';
    const aliases = [
      unquote(bare(term.en)),
      /^[A-Z][A-Za-z0-9.]*$/.test(inBrackets) ? inBrackets : '',
      term.match && PLAIN_PHRASE.test(term.match) ? term.match : '',
    ];
    return { zh: uniq(term.zh.map(unquote)), en: uniq(aliases) };
  });
  const fromIndicators = indicators.map((i) => ({ zh: [bare(i.name.zh)], en: [bare(i.name.en)] }));
  return [...fromGlossary, ...fromIndicators].filter((g) => g.zh.length > 0 && g.en.length > 0);
}

/** English words of the site's text that occur at least `min` times, most frequent first. */
function frequentEnglishWords(texts: readonly string[], min = 3): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

/** The two search files for the indexed texts (already folded where Chinese). */
export function searchFiles(
  texts: readonly IndexedText[],
  synonyms: readonly SynonymGroup[],
  glossary: readonly GlossaryEntry[],
  indicators: readonly IndicatorEntry[],
  foldTable: FoldTable,
): { aids: SearchAids; terms: SearchTerms } {
  const zhTexts = texts.filter((t) => t.language.startsWith('zh')).map((t) => t.text);
  const enTexts = texts
    .filter((t) => !t.language.startsWith('zh'))
    .map((t) => t.text.toLowerCase());
  const zhAll = zhTexts.join('\n');
  const enAll = enTexts.join('\n');
  const siteChars = new Set([...zhAll].filter((ch) => HAN.test(ch)));
  const foldGroup = (g: SynonymGroup) => ({
    zh: uniq(g.zh.map((t) => fold(t, foldTable))),
    en: g.en,
  });
  const translations = translationGroups(glossary, indicators).map(foldGroup);
  const groups = [...synonyms.map(foldGroup), ...translations];

  // Terms of the site, in order of preference: the glossary's, indicator names and synonyms, then frequent words.
  const named = groups.flatMap((g) => g.zh).filter((t) => !/[^\p{Script=Han}]/u.test(t));
  // Frequent words are taken from the text itself, so only the named terms need looking for in it
  // (each look is a scan of the whole site's text).
  const zhTerms = uniq([...named.filter((t) => zhAll.includes(t)), ...frequentWords(zhTexts)]);
  const enTerms = uniq([
    ...groups.flatMap((g) => g.en).filter((t) => enAll.includes(t.toLowerCase())),
    ...frequentEnglishWords(enTexts),
  ]);
  const zhLower = zhAll.toLowerCase(); // once: the site's text is large, the terms are many
  const absent = (g: SynonymGroup) => {
    const all = uniq([...g.zh, ...g.en]);
    return {
      zh: all.filter((t) => !zhLower.includes(t.toLowerCase())),
      en: all.filter((t) => !enAll.includes(t.toLowerCase())),
    };
  };
  return {
    aids: {
      fold: foldTableToPairs(tableFor(foldTable, siteChars)),
      synonyms: synonyms.map(foldGroup).map((g) => ({ ...g, absent: absent(g) })),
    },
    terms: { translations, pinyin: pinyinIndex(zhTerms), vocabulary: { zh: zhTerms, en: enTerms } },
  };
}
