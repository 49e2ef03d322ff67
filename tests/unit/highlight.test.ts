/** The query cap and the ?hl= patterns (src/lib/search/highlight.ts). */
import { describe, expect, it } from 'vitest';
import { capQuery, highlightPatterns, MAX_QUERY } from '../../src/lib/search/highlight.ts';

describe('the search query', () => {
  it('is cut to MAX_QUERY characters, whole characters, and says so', () => {
    expect(capQuery('  碳达峰 ')).toEqual({ query: '碳达峰', capped: false });
    const long = capQuery('水'.repeat(10_000));
    expect(long).toEqual({ query: '水'.repeat(MAX_QUERY), capped: true });
    expect([...capQuery('😀'.repeat(300)).query]).toHaveLength(MAX_QUERY);
  });
});

describe('?hl= highlighting', () => {
  it('finds the word in every text it is asked about (the test pattern keeps no state)', () => {
    const { test } = highlightPatterns('water')!;
    const texts = Array.from({ length: 34 }, (_, i) => `Paragraph ${i} on water quality.`);
    expect(texts.filter((t) => test.test(t))).toHaveLength(34);
  });
  it('marks Latin words from their start only, Chinese anywhere', () => {
    const { split } = highlightPatterns('forest 黑臭水体')!;
    expect('Forests and afforestation'.split(split)).toEqual(['', 'Forest', 's and afforestation']);
    expect('消除城市黑臭水体。'.split(split)).toEqual(['消除城市', '黑臭水体', '。']);
  });
  it('treats the words as text, not as a pattern, and ignores an empty value', () => {
    expect(highlightPatterns('PM2.5 (a+b)')!.test.test('PM205')).toBe(false);
    expect(highlightPatterns('   ')).toBeUndefined();
  });
});
