/**
 * Query expansion through groups of equivalent terms: synonyms and abbreviations (both ways,
 * either language; content/glossary/synonyms.yml) and glossary translations (a term typed in the
 * other language than the page's). Each alternative is a query of its own, in the page's
 * language, that remembers which term it came from. Pure.
 */

export type { Locale as Lang } from '../../i18n/locales.ts';
import type { Locale as Lang } from '../../i18n/locales.ts';

/** Equivalent terms. A `translation` group only applies to a term typed in the other language. */
export interface TermGroup {
  zh: string[];
  en: string[];
  kind: 'synonym' | 'translation';
}

/** One query to run: what is searched, why (a term typed in the other language is a translation), and the typed term it replaces. */
export interface Alternative {
  q: string;
  kind: TermGroup['kind'];
  from: string;
  to: string;
}

const HAN = /\p{Script=Han}/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const WORD = /[\p{L}\p{N}]/u;
/** Two pieces of a query side by side: a space only where two words (not Han) would run together. */
const join = (a: string, b: string) => {
  const [x, y] = [a.at(-1) ?? '', b[0] ?? ''];
  return `${a}${WORD.test(x) && WORD.test(y) && !HAN.test(x) && !HAN.test(y) ? ' ' : ''}${b}`;
};

/** Where `term` occurs in `query`: Han terms anywhere, other terms as whole words (Chinese may touch them), ignoring case. */
export function findTerm(
  query: string,
  term: string,
): { index: number; length: number } | undefined {
  if (HAN.test(term)) {
    const index = query.indexOf(term);
    return index >= 0 ? { index, length: term.length } : undefined;
  }
  const match = new RegExp(
    `(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(term)}(?![\\p{Script=Latin}\\p{N}])`,
    'iu',
  ).exec(query);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

/** The alternatives of a query on a page in `lang`, at most `max`, without duplicates or the query itself. */
export function expandQuery(
  query: string,
  lang: Lang,
  groups: readonly TermGroup[],
  max = 6,
): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set([query.toLowerCase()]);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  for (const group of groups) {
    const typedIn = (l: Lang) => (group.kind === 'translation' && l === lang ? [] : group[l]);
    // The longest term of the group found in the query (PM2.5 before PM2).
    const candidates = [
      ...typedIn(lang).map((t) => ({ t, same: true })),
      ...typedIn(other).map((t) => ({ t, same: false })),
    ].sort((a, b) => b.t.length - a.t.length);
    const hit = candidates.map((c) => ({ ...c, at: findTerm(query, c.t) })).find((c) => c.at);
    if (!hit?.at) continue;
    const typed = query.slice(hit.at.index, hit.at.index + hit.at.length);
    for (const to of group[lang]) {
      if (to.toLowerCase() === typed.toLowerCase()) continue;
      let q = squash(
        join(join(query.slice(0, hit.at.index), to), query.slice(hit.at.index + hit.at.length)),
      );
      // A Chinese query on the English page keeps only what the English index can match.
      if (lang === 'en' && !hit.same) q = squash(q.replace(/\p{Script=Han}+/gu, ' '));
      if (!q || seen.has(q.toLowerCase())) continue;
      seen.add(q.toLowerCase());
      out.push({ q, kind: hit.same ? group.kind : 'translation', from: typed, to });
      if (out.length >= max) return out;
    }
  }
  return out;
}
