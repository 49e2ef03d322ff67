import { describe, expect, it } from 'vitest';
import { apa, blockKind, gbt7714, locator, type CiteSource } from '../../src/lib/plan/citation.ts';

const zh: CiteSource = {
  lang: 'zh',
  author: '黔东南州人民政府',
  title: '黔东南州“十四五”生态环境保护规划',
  part: '第五章 深化系统治理,稳步提升水生态环境',
  id: 'c5-s1-p3',
  published: '2022-09-20',
  accessed: '2026-11-29',
  url: 'https://example.org/zh/chapters/5/#c5-s1-p3',
};
const en: CiteSource = {
  lang: 'en',
  author: "Qiandongnan Prefecture People's Government",
  title: 'Qiandongnan Prefecture 14th Five-Year Plan for Ecological and Environmental Protection',
  part: 'Chapter 5',
  id: 'c5-s1-p3',
  published: '2022-09-20',
  accessed: '2026-11-29',
  url: 'https://example.org/en/chapters/5/#c5-s1-p3',
  translation: true,
};

describe('citation of a paragraph', () => {
  it('GB/T 7714-2015 in Chinese: [EB/OL], publication and access dates, the paragraph id and its URL', () => {
    expect(gbt7714(zh)).toBe(
      '黔东南州人民政府. 黔东南州“十四五”生态环境保护规划: 第五章 深化系统治理,稳步提升水生态环境, 第一节第3段[EB/OL]. (2022-09-20)[2026-11-29]. https://example.org/zh/chapters/5/#c5-s1-p3.',
    );
  });
  it('GB/T 7714-2015 in English names the translation', () => {
    expect(gbt7714(en)).toBe(
      "Qiandongnan Prefecture People's Government. Qiandongnan Prefecture 14th Five-Year Plan for Ecological and Environmental Protection: Chapter 5, §1, ¶3 (English translation)[EB/OL]. (2022-09-20)[2026-11-29]. https://example.org/en/chapters/5/#c5-s1-p3.",
    );
  });
  it('APA in Chinese and in English', () => {
    expect(apa(zh)).toBe(
      '黔东南州人民政府. (2022年9月20日). 黔东南州“十四五”生态环境保护规划（第五章 深化系统治理,稳步提升水生态环境，第一节第3段）. https://example.org/zh/chapters/5/#c5-s1-p3',
    );
    expect(apa(en)).toBe(
      "Qiandongnan Prefecture People's Government. (2022, September 20). Qiandongnan Prefecture 14th Five-Year Plan for Ecological and Environmental Protection (Chapter 5, §1, ¶3, English translation). https://example.org/en/chapters/5/#c5-s1-p3",
    );
  });
  it('cites a whole chapter without a locator', () => {
    expect(gbt7714({ ...zh, id: undefined })).toContain(
      '规划: 第五章 深化系统治理,稳步提升水生态环境[EB/OL]',
    );
    expect(apa({ ...en, part: undefined, id: undefined, translation: false })).toBe(
      "Qiandongnan Prefecture People's Government. (2022, September 20). Qiandongnan Prefecture 14th Five-Year Plan for Ecological and Environmental Protection. https://example.org/en/chapters/5/#c5-s1-p3",
    );
  });
  it('refuses a malformed date, naming the field', () => {
    expect(() => gbt7714({ ...zh, accessed: '29/11/2026' })).toThrow(
      'citation: accessed must be a date (YYYY-MM-DD), got "29/11/2026"',
    );
  });
});

describe("a source that names no author (the plan's web page names no issuing body)", () => {
  it('puts the title first in both forms, inventing no author', () => {
    const anonymous = { ...zh, author: '' };
    expect(gbt7714(anonymous)).toMatch(/^黔东南州“十四五”生态环境保护规划: /);
    expect(apa(anonymous)).toMatch(
      /^黔东南州“十四五”生态环境保护规划（.*）\. \(2022年9月20日\)\. https:/,
    );
    expect(gbt7714(anonymous)).not.toContain('人民政府');
  });
});

describe('locator', () => {
  it('names the kind of block from its permanent id', () => {
    expect(blockKind('c5-s1-p3')).toBe('paragraph');
    expect(blockKind('box-3-p1')).toBe('paragraph');
    expect(blockKind('c5-s1')).toBe('section');
    expect(blockKind('indicator-forest-coverage')).toBe('row');
    expect(locator('c5-s1', 'zh')).toBe('节 c5-s1');
    expect(locator('c5-s1-p3', 'zh')).toBe('第一节第3段');
    expect(locator('c1-p2', 'en')).toBe('¶2');
    expect(locator('box-3-p2', 'en')).toBe('Box 3, ¶2');
    expect(locator('target-x', 'en')).toBe('row target-x');
  });
});
