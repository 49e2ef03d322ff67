/** Build time only (pinyin-pro's dictionary stays on the build machine): the site's terms by their pinyin. */
import { pinyin } from 'pinyin-pro';
import type { PinyinIndex } from './search-pinyin.ts';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** The toneless pinyin of a Chinese term, syllables run together, ü as v (森林覆盖率 → senlinfugailv). */
export function pinyinKey(term: string): string {
  return pinyin(term, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
    .join('')
    .toLowerCase();
}

/** Words of Chinese text (the runtime's word segmenter) that occur at least `min` times, most frequent first. */
export function frequentWords(texts: readonly string[], min = 2): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike || segment.length < 2 || !HAN_ONLY.test(segment)) continue;
      counts.set(segment, (counts.get(segment) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

/**
 * The pinyin index of terms (in order of preference): only terms of two or more Han characters,
 * so that every key is at least two syllables and a lone syllable (or an English word of one)
 * never turns into Chinese.
 */
export function pinyinIndex(terms: readonly string[]): PinyinIndex {
  const index: Record<string, string[]> = {};
  for (const term of new Set(terms)) {
    if (term.length < 2 || !HAN_ONLY.test(term)) continue;
    (index[pinyinKey(term)] ??= []).push(term);
  }
  return index;
}
