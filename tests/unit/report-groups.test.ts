/** A report's parts 2–4 arranged by the plan's chapters and boxes (src/lib/reports/report-groups.ts), synthetic chapters. */
import { describe, expect, it } from 'vitest';
import { byBox, byChapter, tableChapter } from '../../src/lib/reports/report-groups.ts';

const block = (tag: string, id: string, attrs: Record<string, string> = {}) =>
  ({ tag, id, attrs }) as { tag: 'P'; id: string; attrs: Record<string, string> };
const chapters = [
  { number: 1, heading: '第一章 甲', blocks: [block('P', 'c1-s1-p1')] },
  {
    number: 2,
    heading: '第二章 乙',
    blocks: [
      block('IndicatorTable', 'table-2-1'),
      block('Box', 'box-1', { label: '专栏1', title: '丙' }),
    ],
  },
  {
    number: 3,
    heading: '第三章 丁',
    blocks: [block('Box', 'box-2', { label: '专栏2', title: '戊' })],
  },
];

describe('report groups', () => {
  it('finds the chapter that holds Table 2-1', () => {
    expect(tableChapter(chapters)).toBe(2);
    expect(() => tableChapter([chapters[0]!])).toThrow(/table-2-1/);
  });
  it('groups rows by chapter in plan order, leaving empty chapters out', () => {
    const rows = [
      { id: 'b', chapter: 3 },
      { id: 'a', chapter: 1 },
      { id: 'c', chapter: 3 },
    ];
    expect(byChapter(chapters, rows, (r) => r.chapter)).toEqual([
      { chapter: 1, heading: '第一章 甲', rows: [rows[1]] },
      { chapter: 3, heading: '第三章 丁', rows: [rows[0], rows[2]] },
    ]);
  });
  it('groups rows by box in plan order, headed by the box label and title', () => {
    const rows = [
      { id: 'x', box: 'box-2' },
      { id: 'y', box: 'box-1' },
    ];
    expect(byBox(chapters, rows, (r) => r.box)).toEqual([
      { box: 'box-1', heading: '专栏1 丙', rows: [rows[1]] },
      { box: 'box-2', heading: '专栏2 戊', rows: [rows[0]] },
    ]);
    expect(byBox(chapters, [], (r: { box: string }) => r.box)).toEqual([]);
  });
});
