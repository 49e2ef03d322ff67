/**
 * Report text as data (src/lib/staff/report-narrative*.ts): the kind's parts read from the headings, every
 * node checked against the allowlist with its line, links limited to web addresses, site paths and
 * ref:, and a renderer that drops and sanitizes whatever the checker did not see.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { RootContent } from 'mdast';
import { planIndex } from '../../src/loaders/plan-index.ts';
import {
  describeProblem,
  hasText,
  parseNarrative,
  partOfHeading,
} from '../../src/lib/staff/report-narrative.ts';
import { narrativeHtml, type ResolveRef } from '../../src/lib/staff/report-narrative-html.ts';
import { narrativeScaffold, reportParts } from '../../src/lib/reports/report-outline.ts';

const refs = planIndex().refs;
const fixture = (lang: string) =>
  readFileSync(new URL(`../fixtures/report/narrative/${lang}.md`, import.meta.url), 'utf8');
const problems = (source: string) => parseNarrative(source, refs, 'final').problems;
const lines = (source: string) => problems(source).map((p) => [p.line, p.en]);
const resolve: ResolveRef = (id) => ({ href: `/zh/x/#${id}`, label: `标签${id}` });
const html = (source: string) => {
  const { parts } = parseNarrative(`# 一、总体进展\n\n${source}`, refs, 'final');
  return narrativeHtml(parts.get('overall-progress')!, resolve, (p) => `/base${p}`);
};

describe('parts of a report text', () => {
  it('recognises part headings in Chinese and English numbering, full-width digits included', () => {
    expect(partOfHeading('一、总体进展', 'final')).toBe('overall-progress');
    expect(partOfHeading('五. 存在的主要问题', 'final')).toBe('main-problems');
    expect(partOfHeading('６. Next steps', 'midterm')).toBe('recommendations');
    expect(partOfHeading('Part 2 Main indicators', 'final')).toBe('main-indicators');
    expect(partOfHeading('总体进展', 'final')).toBeUndefined();
    expect(partOfHeading('7. More', 'final')).toBeUndefined();
  });

  it('knows a mid-term report has a seventh part, the proposed adjustments to the plan, and a final one none', () => {
    expect(partOfHeading('七、规划调整建议', 'midterm')).toBe('plan-adjustments');
    expect(partOfHeading('7. Proposed adjustments to the plan', 'midterm')).toBe(
      'plan-adjustments',
    );
    expect(partOfHeading('七、规划调整建议', 'final')).toBeUndefined();
    const midterm = parseNarrative('# 七、规划调整建议\n\n建议调整某项目标。\n', refs, 'midterm');
    expect(midterm.problems).toEqual([]);
    expect(hasText(midterm.parts.get('plan-adjustments'))).toBe(true);
    expect(parseNarrative('# 七、规划调整建议\n', refs, 'final').problems.map((p) => p.zh)).toEqual(
      [
        '一级标题“七、规划调整建议”不是报告的六个部分之一；请写成“# 一、总体进展”这样带编号的部分标题（部分内的小标题用 ##）',
      ],
    );
    expect(parseNarrative('# 八、其他\n', refs, 'midterm').problems.map((p) => p.en)).toEqual([
      'heading "八、其他" is not one of the seven parts; write "# 1. Overall progress" (use ## inside a part)',
    ]);
  });

  it('splits the fixtures into their parts, with nothing refused', () => {
    for (const lang of ['zh', 'en']) {
      const { parts, problems: found } = parseNarrative(fixture(lang), refs, 'final');
      expect(found, lang).toEqual([]);
      expect(hasText(parts.get('overall-progress')), lang).toBe(true);
    }
    const zh = parseNarrative(fixture('zh'), refs, 'final').parts;
    expect(hasText(zh.get('main-problems'))).toBe(false);
    expect(zh.has('key-tasks')).toBe(false);
  });

  it('scaffolds the headings of each kind, every part empty and nothing refused', () => {
    const titles = ['一、总体进展', '二、甲', '三、乙', '四、丙', '五、丁', '六、戊', '七、己'];
    for (const kind of ['midterm', 'final'] as const) {
      const outline = reportParts(kind);
      const source = narrativeScaffold(titles.slice(0, outline.length));
      const { parts, problems: found } = parseNarrative(source, refs, kind);
      expect(found).toEqual([]);
      expect([...parts.keys()]).toEqual(outline.map((p) => p.id));
      expect([...parts.values()].some((nodes) => hasText(nodes))).toBe(false);
    }
  });
  it('scaffolds six headings for a final report, seven at mid-term', () => {
    expect(reportParts('final')).toHaveLength(6);
    expect(reportParts('midterm').map((p) => p.id)).toEqual([
      ...reportParts('final').map((p) => p.id),
      'plan-adjustments',
    ]);
  });

  it('names unknown, repeated and out-of-order part headings, and text outside any part', () => {
    expect(
      lines('前言\n\n# 一、总体进展\n\n# 总结\n\n# 五、问题\n\n# 五、问题\n\n# 二、指标\n'),
    ).toEqual([
      [1, 'this text is outside the six parts and would not be shown; put it under a part heading'],
      [
        5,
        'heading "总结" is not one of the six parts; write "# 1. Overall progress" (use ## inside a part)',
      ],
      [9, 'part 5 appears twice; write it once'],
      [11, 'parts out of order: part 2 must come before part 5'],
    ]);
  });

  it('refuses the old front matter block', () => {
    expect(lines('---\ntitle: x\n---\n\n# 一、总体进展\n')[0]).toEqual([
      1,
      'the --- block at the top is no longer used; delete it (the title is in report.yml)',
    ]);
  });
});

describe('the allowlist', () => {
  it.each([
    ['<script>alert(1)</script>', 'HTML tags are not allowed'],
    ['文字<img src=x onerror=alert(1)>文字', 'HTML tags are not allowed'],
    ['<!-- 注释 -->', 'HTML tags are not allowed'],
    ['![图](https://example.invalid/a.png)', 'images are not allowed'],
    ['```js\nalert(1)\n```', 'this is read as a code block'],
    ['    缩进四格的一行', 'this is read as a code block'],
    ['[a][b]\n\n[b]: https://example.invalid/', 'reference links are not allowed'],
    ['注[^1]\n\n[^1]: 脚注', 'footnotes are not allowed'],
    ['{process.env.HOME}', 'curly braces { } are not allowed'],
    ["import x from 'y'", 'a paragraph may not start with import or export'],
    ['##### 五级标题', 'headings go down to level 4'],
    ['[x](javascript:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['[x](jav&#x61;script:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['[x](//evil.example/)', 'link "//evil.example/" is not allowed'],
    ['[x](vbscript:msgbox)', 'link "vbscript:msgbox" is not allowed'],
    ['[x](ref:c99-p1)', 'ref:c99-p1 names no paragraph, indicator, target or project of the plan'],
    ['[x](/zh/chapters/14/)', 'points to a page or paragraph this site does not have'],
    ['[x](/zh/chapters/5/#c5-s1-p99)', 'points to a page or paragraph this site does not have'],
    ['[x](/en/indicators/forest-cover/)', 'points to a page or paragraph this site does not have'],
  ])('refuses %s on its line', (text, message) => {
    const found = problems(`# 一、总体进展\n\n${text}\n`);
    expect(found.map((p) => p.line)).toContain(3);
    expect(found.map((p) => p.en).join('\n')).toContain(message);
    expect(
      found.every((p) => /[\u4e00-\u9fff]/.test(p.zh)),
      'a Chinese message first',
    ).toBe(true);
  });

  it('accepts what staff write: emphasis, lists, tables, quotes, web, site and ref: links', () => {
    const text = [
      '## 小标题',
      '**加粗**、*强调*、~~删除~~，见[公报](https://example.invalid/a.pdf)、[第五章](/zh/chapters/5/#c5-s1-p1)、[](ref:forest-coverage)、[邮件](mailto:a@example.invalid)。',
      '1. 第一\n2. 第二',
      '- 甲\n- 乙',
      '| 项目 | 数值 |\n| --- | ---: |\n| 甲 | 1.5 |',
      '> 引文',
      '---',
      '行内 `代码样式` 只是文字。',
    ].join('\n\n');
    expect(problems(`# 一、总体进展\n\n${text}\n`)).toEqual([]);
  });

  it('reads CRLF files with the same line numbers', () => {
    expect(problems('# 一、总体进展\r\n\r\n<b>x</b>\r\n').map((p) => p.line)).toEqual([3]);
  });

  it('describes a problem with file and line, Chinese first', () => {
    expect(describeProblem('r/zh.md', { line: 4, zh: '甲', en: 'a' })).toBe(
      'r/zh.md 第 4 行：甲 / r/zh.md, line 4: a',
    );
  });
});

describe('rendering', () => {
  it('renders Markdown, resolves ref: links (label when empty) and puts site paths under the base', () => {
    const out = html('见[](ref:c5-s1-p1)和[第五章](/zh/chapters/5/)，**加粗**。\n\n## 小标题\n');
    expect(out).toContain(
      '<a href="/zh/x/#c5-s1-p1" class="ref" data-ref="c5-s1-p1">标签c5-s1-p1</a>',
    );
    expect(out).toContain('<a href="/base/zh/chapters/5/">第五章</a>');
    expect(out).toContain('<strong>加粗</strong>');
    expect(out).toContain('<h3>小标题</h3>');
  });

  it('drops whatever is outside the allowlist, even when the checker was bypassed', () => {
    const hostile: RootContent[] = [
      { type: 'html', value: '<script>alert(1)</script>' },
      { type: 'image', url: 'https://evil.example/x.png', alt: 'x' },
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(2)', children: [{ type: 'text', value: 'js' }] },
          { type: 'html', value: '<img src=x onerror=alert(3)>' },
          { type: 'text', value: '<b onclick="x">文字</b>' },
        ],
      },
      {
        type: 'paragraph',
        children: [{ type: 'text', value: '正文' }],
        data: { hProperties: { style: 'position:fixed', onclick: 'alert(4)', id: 'x' } },
      },
    ];
    const out = narrativeHtml(hostile, resolve);
    expect(out).not.toMatch(/<script|<img|<b\b|javascript:/i);
    expect(out).not.toMatch(/<[a-z][^>]*\s(on\w+|style|id)=/i);
    expect(out).toContain('&#x3C;b onclick="x">文字&#x3C;/b>');
    expect(out).toContain('<a>js</a>');
  });
});
