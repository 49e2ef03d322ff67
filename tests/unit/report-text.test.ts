/** The encodings content files may (not) have, and English text (report text safety: report-narrative.test.ts). */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeCsv, decodeUtf8 } from '../../src/lib/core/text-file.ts';
import { DataError } from '../../src/lib/core/records.ts';
import { parseMdxBlocks } from '../../src/lib/plan/mdx-blocks.ts';
import { untranslatedProblems } from '../../src/lib/translation/english-text.ts';

describe('encodings', () => {
  const gbk = iconv.encode(
    'indicators:\n  - id: forest-coverage\n    value: pending\n    note: { zh: 森林覆盖率数据待统计部门公布, en: pending }\n',
    'gbk',
  );
  const problems = (fn: () => unknown) => {
    try {
      fn();
      return [];
    } catch (e) {
      if (e instanceof DataError) return e.problems;
      throw e;
    }
  };
  it('refuses a GBK file, naming it and the encoding it looks like', () => {
    expect(problems(() => decodeUtf8('content/reports/2023-midterm/values.yml', gbk))).toEqual([
      'content/reports/2023-midterm/values.yml: 不是 UTF-8 编码(看起来是 GBK):请另存为 UTF-8 / is not UTF-8 (looks like GBK: save it as UTF-8)',
    ]);
  });
  it('accepts UTF-8 with a byte-order mark and CRLF line endings', () => {
    expect(decodeUtf8('f', Buffer.from('\uFEFFa: 森林\r\nb: 1\r\n'))).toBe('a: 森林\nb: 1\n');
  });
  it('converts a GBK or GB18030 CSV, and reads a UTF-8 one with BOM', () => {
    const csv = '编号,填报值,来源名称\r\nforest-coverage,69.5,黔东南州统计公报\r\n';
    expect(decodeCsv('a.csv', iconv.encode(csv, 'gbk'))).toEqual({
      text: csv.replace(/\r\n/g, '\n'),
      encoding: 'GB18030',
    });
    expect(decodeCsv('a.csv', iconv.encode(csv, 'gb18030'))).toEqual({
      text: csv.replace(/\r\n/g, '\n'),
      encoding: 'GB18030',
    });
    expect(decodeCsv('a.csv', Buffer.from(`\uFEFF${csv}`))).toEqual({
      text: csv.replace(/\r\n/g, '\n'),
      encoding: 'UTF-8',
    });
  });
  it('refuses a CSV in an encoding it cannot tell', () => {
    expect(
      problems(() => decodeCsv('a.csv', iconv.encode('编号,填报值\n', 'utf16le')))[0],
    ).toContain('a.csv: 无法识别的编码');
  });
  it('parses CRLF chapter files like LF ones', () => {
    const lf = '---\nid: c5\n---\n\n<P id="c5-p1">Text.</P>\n';
    expect(parseMdxBlocks(lf.replace(/\n/g, '\r\n'), 'f')).toEqual(parseMdxBlocks(lf, 'f'));
  });
});

describe('English text', () => {
  const block = (id: string, text: string) =>
    ({ tag: 'P', id, attrs: {}, text, line: 7 }) as unknown as Parameters<
      typeof untranslatedProblems
    >[0][number];
  it('refuses placeholders and paragraphs without English', () => {
    expect(
      untranslatedProblems(
        [
          block('c5-p1', 'TODO translate'),
          block('c5-p2', '2,400 — 12%'),
          block('c5-p3', 'Water quality improved.'),
        ],
        'f',
      ),
    ).toEqual([
      'f:7: c5-p1 含占位文字 “TODO” / c5-p1 has a placeholder ("TODO") instead of a translation',
      'f:7: c5-p2 没有英文 / c5-p2 has no English in it',
    ]);
  });
});
