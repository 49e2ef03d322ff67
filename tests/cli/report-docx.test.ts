/**
 * report:import with a Word file: the narrative a bureau writes (bold numbered part headings, a
 * Word heading style, （一） subheadings, a table, a list) becomes the report's Markdown; what
 * cannot be placed (a missing part, an image, a text box, unaccepted changes, comments) stops the
 * import with a Chinese list, and no file changes. Synthetic documents (tests/cli/docx-fixture.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { node, sandbox } from './sandbox.ts';
import {
  boldPara,
  MIDTERM_REPORT,
  commented,
  docx,
  image,
  para,
  textBox,
  tracked,
} from './docx-fixture.ts';

const REPORT = '2023-midterm';
let box: ReturnType<typeof sandbox>;
let dir: string;
const text = (lang: string) =>
  readFileSync(join(dir, 'content/reports', REPORT, `${lang}.md`), 'utf8');
const snapshot = () => {
  const folder = join(dir, 'content/reports', REPORT);
  return Object.fromEntries(
    readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  );
};
const importDocx = async (name: string, body: string[] | Buffer, ...args: string[]) => {
  writeFileSync(join(dir, name), Array.isArray(body) ? await docx(body) : body);
  return node(dir, 'scripts/report-import.ts', '--report', REPORT, join(dir, name), ...args);
};

beforeAll(() => {
  box = sandbox();
  dir = box.dir;
});
afterAll(() => box.remove());

describe('report:import with a .docx', () => {
  it('writes the seven parts of a mid-term report, subheadings, paragraphs and the table as the report Markdown', async () => {
    const { code, out } = await importDocx('报告.docx', MIDTERM_REPORT);
    expect(code, out).toBe(0);
    expect(out).toContain(`已导入 content/reports/${REPORT}/zh.md`);
    expect(out).toContain('一、总体进展：3 段，1 个表格');
    expect(out).toContain('未导入（位于第一部分之前');
    const md = text('zh');
    expect(md).toMatch(
      /^# 一、总体进展\n\n测试正文：全州生态环境质量总体稳定。\n\n## （一）大气环境\n/,
    );
    expect(md).toContain('| 测试指标 | 2023年 |\n| --- | --- |\n| 优良天数比例 | 98.6% |');
    expect(md).toContain('# 二、主要指标完成情况\n');
    expect(md).toContain('# 六、下一步工作建议\n\n测试建议：继续推进\\[重点\\]工作。');
    expect(md).toContain('# 七、规划调整建议\n\n测试：暂不调整规划目标。');
    expect(md).not.toContain('测试稿');
    expect(node(dir, 'scripts/check-content.ts').code).toBe(0);
  });

  it('writes en.md with --lang en from English part headings', async () => {
    const { code, out } = await importDocx(
      'report-en.docx',
      [
        boldPara('1. Overall progress'),
        para('Test text: overall stable.'),
        boldPara('2. Main indicators'),
        boldPara('3. Key tasks'),
        boldPara('4. Key projects'),
        boldPara('5. Main problems'),
        para('Test problem.'),
        boldPara('6. Next steps'),
        para('Test recommendation.'),
        boldPara('7. Proposed adjustments to the plan'),
        para('Test adjustment.'),
      ],
      '--lang',
      'en',
    );
    expect(code, out).toBe(0);
    expect(text('en')).toMatch(/^# 1\. Overall progress\n\nTest text: overall stable\.\n/);
    expect(text('en')).toContain('# 6. Next steps\n\nTest recommendation.');
  });

  it('lists everything it cannot place, in Chinese first, and changes no file', async () => {
    const before = snapshot();
    const { code, out } = await importDocx('有问题.docx', [
      boldPara('一、总体进展'),
      tracked('测试：未接受的修订。'),
      commented('测试：带批注的段落。'),
      textBox('测试文本框文字'),
      image(),
      boldPara('五、存在的主要问题'),
      boldPara('六、下一步工作建议'),
    ]);
    expect(code).toBe(1);
    for (const words of [
      '有 1 处修订尚未接受或拒绝',
      '有 1 条批注',
      '有文本框（“测试文本框文字…”）',
      '图片（一、总体进展',
      '找不到这些部分的标题：“二、主要指标完成情况”、“三、重点任务推进情况”、“四、重大工程项目进展”',
      '没有修改任何文件',
    ])
      expect(out).toContain(words);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an old .doc, an empty file and a renamed text file, in Chinese', async () => {
    const before = snapshot();
    const cases: [string, Buffer, string][] = [
      [
        'old.doc',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        '这是旧版 Word 97-2003 文件（.doc）',
      ],
      ['empty.docx', Buffer.alloc(0), '文件是空的'],
      ['notes.docx', Buffer.from('这不是文档'), '不是 Word 文档（.docx）'],
    ];
    for (const [name, bytes, words] of cases) {
      const { code, out } = await importDocx(name, bytes);
      expect(code, name).toBe(1);
      expect(out, name).toContain(`${name}：${words}`);
      expect(out, name).not.toMatch(/at \S+ \(|\[object Object\]/);
    }
    expect(snapshot()).toEqual(before);
  });
});
