import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseRecord, splitSeed, stripLeaders } from '../../src/lib/plan/seed-lines.ts';

const seed = readFileSync(new URL('../../seeds/000_1c6fdecca843969e.txt', import.meta.url), 'utf8');

describe('splitSeed', () => {
  const parts = splitSeed(seed);
  it('reads the publication record from the published page header', () => {
    expect(parts.record).toEqual({
      title: '黔东南州“十四五”生态环境保护规划',
      indexNumber: '000014349/2022-3496293',
      dateWritten: '2022-09-20',
      documentNumber: '',
      datePublished: '2022-09-20',
      issuingBody: '',
      validity: '',
      name: '黔东南州“十四五”生态环境保护规划',
    });
  });
  it('separates the table of contents (13 chapters, 54 sections) from the body', () => {
    expect(parts.toc.filter((l) => /^第.+章/.test(l))).toHaveLength(13);
    expect(parts.toc).toHaveLength(67);
    expect(parts.body[0]!.text).toMatch(/^第一章\s+生态环境保护形势与挑战$/);
    expect(parts.body.at(-1)!.text).toMatch(/^2023年、2025年底/);
  });
  it('refuses a text without a table of contents', () => {
    expect(() => splitSeed('标题\n第一章 总则\n正文')).toThrow(/第一章.*1 time/);
  });
});

describe('table of contents lines', () => {
  it('loses its leader dots', () => {
    expect(stripLeaders('第四节保障饮用水水质安全.............')).toBe('第四节保障饮用水水质安全');
    expect(stripLeaders('第二节推进土壤安全利用....... .........')).toBe('第二节推进土壤安全利用');
    expect(stripLeaders('第一节 指导思想')).toBe('第一节 指导思想');
  });
});

describe('parseRecord', () => {
  it('names the missing field', () => {
    expect(() => parseRecord(['标题', '成文日期 2022-09-20'])).toThrow(/索引号/);
  });
});
