import { describe, expect, it } from 'vitest';
import {
  encodeForSearch,
  encodeQuery,
  excerpt,
  hanTokens,
  queryTerms,
} from '../../src/lib/search/search-text.ts';

describe('search text', () => {
  it('splits Han runs into overlapping pairs, as ASCII tokens', () => {
    expect(hanTokens('黑臭水体')).toHaveLength(3);
    expect(hanTokens('镉')).toEqual([`h${'镉'.codePointAt(0)!.toString(36).padStart(4, '0')}`]);
    expect(encodeForSearch('黑臭')).toBe(hanTokens('黑臭')[0]);
  });
  it('makes every fragment of an indexed word a sequence of indexed tokens', () => {
    const indexed = new Set(encodeForSearch('全面开展凯里市建成区黑臭水体排查整治').split(' '));
    for (const q of ['臭水', '黑臭水体', '水体排查', '凯里']) {
      for (const token of encodeForSearch(q).split(' ')) expect(indexed.has(token), q).toBe(true);
    }
    expect(
      encodeForSearch('臭氧')
        .split(' ')
        .every((t) => indexed.has(t)),
    ).toBe(false);
  });
  it('covers a query with the fewest indexed pieces', () => {
    const pieces = (q: string) => encodeQuery(q).split(' ');
    expect(pieces('黑臭水体')).toEqual([...hanTokens('黑臭'), ...hanTokens('水体')]);
    expect(pieces('碳达峰')).toEqual([...hanTokens('碳达'), ...hanTokens('达峰')]);
    expect(pieces('农村生活污水')).toHaveLength(3);
    expect(pieces('臭')).toEqual(hanTokens('臭'));
    const indexed = new Set(
      encodeForSearch('到2025年,农村黑臭水体治理率达到国家、省要求').split(' '),
    );
    for (const q of ['黑臭水体', '臭水体', '农村黑臭', '体治理率'])
      expect(
        pieces(q).every((p) => indexed.has(p)),
        q,
      ).toBe(true);
  });
  it('keeps Latin words, numbers and units, and drops punctuation', () => {
    expect(encodeForSearch('PM2.5和O3协同控制,达到95%以上')).toBe(
      `PM2.5 ${hanTokens('和')[0]} O3 ${hanTokens('协同控制').join(' ')} ${hanTokens('达到').join(' ')} 95% ${hanTokens('以上').join(' ')}`,
    );
  });
  it('marks the query in an excerpt, escaping the text', () => {
    expect(excerpt('加强<重点>区域黑臭水体治理', ['臭水'])).toBe(
      '加强&lt;重点&gt;区域黑<mark>臭水</mark>体治理',
    );
    expect(excerpt('Raise forest coverage to about 70%', queryTerms('forest coverage'))).toBe(
      'Raise <mark>forest</mark> <mark>coverage</mark> to about 70%',
    );
  });
});

describe('result order', () => {
  it('puts two plan results before each register entry, and keeps everything', async () => {
    const { interleave } = await import('../../src/lib/search/search-text.ts');
    expect(interleave(['p1', 'p2', 'p3'], ['r1', 'r2', 'r3'])).toEqual([
      'p1',
      'p2',
      'r1',
      'p3',
      'r2',
      'r3',
    ]);
    expect(interleave([], ['r1'])).toEqual(['r1']);
  });
});
