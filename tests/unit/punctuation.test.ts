/** The site's own Chinese uses full-width punctuation (GB/T 15834): the rule, the interface strings and the site's own pages. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { halfWidthInChinese, toFullWidth } from '../../src/lib/translation/punctuation.ts';

const root = join(import.meta.dirname, '../..');

describe('the rule', () => {
  it('finds half-width marks in Chinese text and makes them full-width', () => {
    expect(toFullWidth('工作,于2022年')).toBe('工作，于2022年');
    expect(toFullWidth('如:碳达峰')).toBe('如：碳达峰');
    expect(toFullWidth('引文(APA)')).toBe('引文（APA）');
    expect(toFullWidth('现状值 (2020年)')).toBe('现状值（2020年）');
    expect(toFullWidth('完成; 未完成? 是!')).toBe('完成；未完成？是！');
    expect(toFullWidth('(percentage points);')).toBe('(percentage points);');
    expect(toFullWidth('百分点(percentage points);')).toBe('百分点（percentage points）；');
    expect(halfWidthInChinese('已完成(提前实现)')).toHaveLength(2);
  });
  it('leaves Latin text, code, placeholders and link targets alone', () => {
    for (const text of [
      'PM2.5, COD (2020)',
      '程序见 `src/lib/reports/status.ts,x`',
      '值{a,b}',
      '见[方法](../method/)页',
      '12:30',
    ])
      expect(halfWidthInChinese(text), text).toEqual([]);
  });
});

describe("the site's own Chinese", () => {
  it('content/i18n/zh-CN.yml has no half-width punctuation in its Chinese strings', () => {
    const strings = parse(readFileSync(join(root, 'content/i18n/zh-CN.yml'), 'utf8')) as Record<
      string,
      string
    >;
    const found = Object.entries(strings).flatMap(([key, value]) => [
      ...halfWidthInChinese(String(value)).map((hit) => `${key}: ${hit}`),
      // A separator joined between Chinese words ("，" between counts) is Chinese text too.
      ...(/^[,;:?!]$/.test(String(value)) ? [`${key}: "${value}"`] : []),
    ]);
    expect(Object.keys(strings).length).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });
  it('the Chinese pages of content/pages have none either', () => {
    const dir = join(root, 'content/pages/zh');
    const found = readdirSync(dir).flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => halfWidthInChinese(line).map((hit) => `${file}:${i + 1}: ${hit}`)),
    );
    expect(found).toEqual([]);
  });
});
