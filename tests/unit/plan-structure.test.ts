import { describe, expect, it } from 'vitest';
import { structureBody } from '../../src/lib/plan/plan-structure.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('structureBody', () => {
  it('gives every heading form and paragraph a permanent id', () => {
    const [chapter] = structureBody(
      lines(
        '第五章  深化系统治理,稳步提升水生态环境',
        '坚持系统思维。',
        '第一节健全水生态环境管理制度',
        '一、生态环境质量持续改善',
        '正文一。',
        '(一)水环境质量大幅提升',
        '正文二。',
        '四节保障饮用水水质安全',
        '正文三。',
      ),
    );
    expect(chapter).toMatchObject({
      id: 'c5',
      number: 5,
      label: '第五章',
      title: '深化系统治理,稳步提升水生态环境',
    });
    expect(chapter!.blocks.map((b) => [b.kind, b.id, b.label, b.text])).toEqual([
      ['para', 'c5-p1', '', '坚持系统思维。'],
      ['section', 'c5-s1', '第一节', '健全水生态环境管理制度'],
      ['item', 'c5-s1-i1', '一、', '生态环境质量持续改善'],
      ['para', 'c5-s1-p1', '', '正文一。'],
      ['subitem', 'c5-s1-i1-1', '(一)', '水环境质量大幅提升'],
      ['para', 'c5-s1-p2', '', '正文二。'],
      ['section', 'c5-s4', '四节', '保障饮用水水质安全'],
      ['para', 'c5-s4-p1', '', '正文三。'],
    ]);
  });

  it('numbers box items and box paragraphs within the box', () => {
    const [chapter] = structureBody(
      lines(
        '第三章 绿色低碳',
        '第一节 一',
        '正文。',
        '专栏1  重点领域绿色提升工程',
        '(一)重点行业绿色化改造工程',
        '内容一。',
        '(二)清洁能源建设工程',
        '内容二。',
        '(三)核与辐射监管能力提升工程。推进核与辐射执法。',
      ),
    );
    expect(chapter!.blocks.slice(2).map((b) => [b.kind, b.id])).toEqual([
      ['box', 'box-1'],
      ['boxitem', 'box-1-i1'],
      ['para', 'box-1-p1'],
      ['boxitem', 'box-1-i2'],
      ['para', 'box-1-p2'],
      ['para', 'box-1-p3'],
    ]);
  });

  it('keeps a table as one block with its lines', () => {
    const [chapter] = structureBody(
      lines('第二章 总则', '2-1  目标指标', '指标类别', '1', '*为2021年5月现状值', '正文。'),
    );
    expect(chapter!.blocks[0]).toMatchObject({
      kind: 'table',
      id: 'table-2-1',
      cells: ['2-1  目标指标', '指标类别', '1', '*为2021年5月现状值'],
    });
    expect(chapter!.blocks[1]).toMatchObject({ kind: 'para', id: 'c2-p1' });
  });

  it('treats a long numbered sentence as a paragraph, not a heading', () => {
    const [chapter] = structureBody(
      lines('第一章 形势', '第一节 成效', '一、是工业固体废物综合利用率指标亟需提高;二是……。'),
    );
    expect(chapter!.blocks[1]!.kind).toBe('para');
  });

  it('fails loudly on ambiguous input', () => {
    expect(() => structureBody(lines('正文'))).toThrow(/before the first chapter/);
    expect(() => structureBody(lines('第一章 甲', '第一节 乙', '第一节 丙'))).toThrow(
      /c1-s1.*twice/,
    );
    expect(() => structureBody(lines('第一章 甲', '第一节 乙', '(一)标题'))).toThrow(
      /no "一、" item/,
    );
    expect(() => structureBody(lines('第二章 总则', '2-1 表', '1'))).toThrow(/no closing footnote/);
  });
});
