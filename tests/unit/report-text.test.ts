/** Report MDX safety and links, and the encodings content files may (not) have. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { brokenLinks, unsafeMdx } from '../../src/lib/mdx-safety.ts';
import { decodeCsv, decodeUtf8 } from '../../src/lib/text-file.ts';
import { DataError } from '../../src/lib/records.ts';
import { parseMdxBlocks } from '../../src/lib/mdx-blocks.ts';
import { untranslatedProblems } from '../../src/lib/english-text.ts';

const page = (line: string) => `---\ntitle: "测试"\n---\n\n正文第一段。\n${line}\n`;

describe('report MDX safety', () => {
  it.each([
    ['<script>alert(1)</script>', 'raw <script> is not allowed'],
    ['<SCRIPT src="/x.js"></SCRIPT>', 'raw <script> is not allowed'],
    ['<iframe src="https://example.invalid/"></iframe>', 'raw <iframe> is not allowed'],
    ['<style>{`body{display:none}`}</style>', 'raw <style> is not allowed'],
    ['<img src="x.png" onerror="alert(1)" />', 'event-handler attribute onerror= is not allowed'],
    [
      '<a href="#" onClick={() => alert(1)}>x</a>',
      'event-handler attribute onClick= is not allowed',
    ],
    ['[来源](javascript:alert(3))', 'javascript: URLs are not allowed'],
    ['[来源](JaVaScRiPt:alert(3))', 'javascript: URLs are not allowed'],
    ['[来源](jav&#x61;script:alert(3))', 'javascript: URLs are not allowed'],
    ['<a href="javascript:alert(3)">x</a>', 'javascript: URLs are not allowed'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="" />', 'data: URLs are not allowed'],
    ['[x]: data:text/html,hi', 'data: URLs are not allowed'],
  ])('refuses %s on its line', (line, message) => {
    const problems = unsafeMdx(page(line));
    expect(problems.map((p) => [p.line, p.en])).toContainEqual([6, message]);
  });
  it('accepts Markdown, the site components, web links and code that only shows such text', () => {
    const safe = page(
      '**加粗**、[第五章](/zh/chapters/5/#c5-s1-p1)、[公报](https://example.invalid/a.pdf)、<Ref to="c5-s1-p1" />\n\n`<script>` 是代码。\n\n```html\n<script>alert(1)</script>\n```',
    );
    expect(unsafeMdx(safe)).toEqual([]);
  });
  it('reads CRLF files with the same lines', () => {
    expect(unsafeMdx(page('<script>x</script>').replace(/\n/g, '\r\n'))[0]?.line).toBe(6);
  });
});

describe('report links', () => {
  const targets = {
    elements: new Set(['c5-s1-p1']),
    chapters: new Set([5]),
    indicators: new Set(['forest-coverage']),
  };
  it.each([
    ['[x](/zh/chapters/5/#c5-s1-p9)', 'links to a paragraph that does not exist: #c5-s1-p9'],
    ['[x](/zh/chapters/14/)', 'links to a page that does not exist: /zh/chapters/14/'],
    [
      '[x](/en/indicators/forest-cover/)',
      'links to a page that does not exist: /en/indicators/forest-cover/',
    ],
    ['<Ref to="c5-s9-p1">x</Ref>', 'links to a paragraph that does not exist: #c5-s9-p1'],
  ])('names %s', (line, message) =>
    expect(brokenLinks(page(line), targets)).toEqual([
      expect.objectContaining({ line: 6, en: message }),
    ]),
  );
  it('accepts links that resolve', () => {
    expect(
      brokenLinks(
        page(
          '[x](/zh/chapters/5/#c5-s1-p1) [y](/en/indicators/forest-coverage/) [z](#summary) <Ref to="c5-s1-p1" />',
        ),
        targets,
      ),
    ).toEqual([]);
  });
});

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

describe('report MDX renders with the site components', async () => {
  const { mdxRenderProblems } = await import('../../src/lib/mdx-components.ts');
  it('accepts Markdown and provided components', async () => {
    expect(
      await mdxRenderProblems('# 标题\n\n正文 **加粗** <Ref to="c5-p1">第五章</Ref>\n', ['Ref']),
    ).toEqual([]);
  });
  it('names a component the site does not provide, with its line', async () => {
    expect(await mdxRenderProblems('正文\n\n<Chart id="x" />\n', ['Ref'])).toEqual([
      {
        line: 3,
        message:
          '网站没有组件 <Chart> / the site has no component <Chart> for report text (available: Ref)',
      },
    ]);
  });
  it('names a syntax error with its line', async () => {
    expect((await mdxRenderProblems('正文\n\n<div>unclosed\n', []))[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining('not valid MDX'),
    });
  });
  it('refuses import and export statements', () => {
    expect(unsafeMdx(page("import X from '../../src/x.ts'")).map((p) => p.line)).toEqual([6]);
  });
});
