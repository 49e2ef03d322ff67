import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../src/lib/core/excerpt.ts';

describe('excerptOf', () => {
  it('keeps short text, and cuts long text at a sentence or word end with an ellipsis', () => {
    expect(excerptOf('短文本。', 10)).toBe('短文本。');
    expect(excerptOf('第一句话说完了。第二句话还很长很长很长', 10)).toBe('第一句话说完了。');
    expect(excerptOf('one two three four five six', 16)).toBe('one two three…');
    expect([...excerptOf('一二三四五六七八九十一二三四五', 8)]).toHaveLength(8);
  });
});
