import { describe, expect, it } from 'vitest';
import { nearestByPinyin, pinyinChunks, pinyinToHan } from '../../src/lib/search/search-pinyin.ts';
import { nearestTerms } from '../../src/lib/search/search-suggest.ts';
import { frequentWords, pinyinIndex, pinyinKey } from '../../src/lib/search/search-pinyin-index.ts';

const index = pinyinIndex([
  '黑臭水体',
  '碳达峰',
  '森林覆盖率',
  '水体',
  '锦屏',
  '近平',
  '三板溪',
  '碳',
  '治理',
]);

describe('pinyin of the site terms (pinyin-pro, build time)', () => {
  it('writes each term as toneless syllables run together, ü as v', () => {
    expect(pinyinKey('森林覆盖率')).toBe('senlinfugailv');
    expect(pinyinKey('黑臭水体')).toBe('heichoushuiti');
    expect(pinyinKey('重金属')).toBe('zhongjinshu');
  });
  it('keeps only terms of two or more characters, homophones together in order', () => {
    expect(index['tan']).toBeUndefined();
    expect(index['jinping']).toEqual(['锦屏', '近平']);
  });
  it('finds the frequent words of Chinese text', () => {
    expect(frequentWords(['推进黑臭水体治理。', '加强水体保护,推进治理。'])).toEqual(
      expect.arrayContaining(['推进', '治理']),
    );
    expect(frequentWords(['推进黑臭水体治理。'])).toEqual([]);
  });
});

describe('a pinyin query becomes Chinese', () => {
  it('with or without spaces, tone marks or tone digits', () => {
    for (const q of [
      'heichou shuiti',
      'heichoushuiti',
      'HeiChou ShuiTi',
      'hēichòu shuǐtǐ',
      'hei1chou4 shui3ti3',
    ])
      expect(pinyinToHan(q, index), q).toEqual(['黑臭水体']);
    expect(pinyinToHan('tandafeng', index)).toEqual(['碳达峰']);
    expect(pinyinToHan('tan dafeng', index)).toEqual(['碳达峰']);
    for (const q of ['senlin fugailv', 'sēnlín fùgàilǜ', 'senlin fugailü', "sen'lin fu'gai'lv"])
      expect(pinyinToHan(q, index), q).toEqual(['森林覆盖率']);
    expect(pinyinToHan('Sanbanxi', index)).toEqual(['三板溪']);
  });
  it('joins site terms when the whole query is made of them, fewest terms first', () => {
    expect(pinyinToHan('shuiti zhili', index)).toEqual(['水体治理']);
    expect(pinyinToHan('jinping', index)).toEqual(['锦屏', '近平']);
  });
  it('does not match loose pinyin: a wrong, missing or extra syllable finds nothing', () => {
    expect(pinyinToHan('heichou shuiqi', index)).toEqual([]); // 水体 is shuiti
    expect(pinyinToHan('heichou shui', index)).toEqual([]);
    expect(pinyinToHan('heichoushuitix', index)).toEqual([]);
    expect(pinyinToHan('tan', index)).toEqual([]); // one syllable is never a term
    expect(pinyinToHan('hcst', index)).toEqual([]); // initials only
    expect(pinyinToHan('forest', index)).toEqual([]);
  });
  it('is not tried on queries that are not letters', () => {
    expect(pinyinChunks('PM2.5')).toBeUndefined();
    expect(pinyinChunks('碳达峰')).toBeUndefined();
    expect(pinyinChunks('hēi chòu')).toEqual(['hei', 'chou']);
  });
});

describe('pinyin that matched nothing', () => {
  it('suggests the terms with the nearest pinyin, without searching for them', () => {
    const nearest = (key: string, keys: string[]) => nearestTerms(key, keys);
    expect(pinyinToHan('heichou shuiqi', index)).toEqual([]);
    expect(nearestByPinyin('heichou shuiqi', index, nearest)).toEqual(['黑臭水体']);
    expect(nearestByPinyin('tandafen', index, nearest)).toEqual(['碳达峰']);
    expect(nearestByPinyin('碳达峰', index, nearest)).toEqual([]);
  });
});
