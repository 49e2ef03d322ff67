import { describe, expect, it } from 'vitest';
import { structureBody } from '../../src/lib/plan/plan-structure.ts';
import { applyEditorialNotes, type EditorialNote } from '../../src/lib/plan/editorial-notes.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const body = () =>
  structureBody(lines('第一章 形势', '第一节 成效', '新增污水收集官网106.35公里。', '四节 宣传'));
const toc = ['第一章形势', '第一节成效', '第四节宣传'];
const headingNote: EditorialNote = {
  id: 'n-h',
  original: '四节 宣传',
  corrected: '第四节宣传',
  zh: '漏“第”字。',
  en: 'Lacks 第.',
};
const typoNote: EditorialNote = {
  id: 'n-t',
  original: '污水收集官网',
  zh: '当为管网。',
  en: 'Misprint.',
};

describe('applyEditorialNotes', () => {
  it('normalises a heading to the table of contents and places the note after it', () => {
    const { chapters, placements } = applyEditorialNotes(body(), toc, [headingNote, typoNote]);
    const section = chapters[0]!.blocks.find((b) => b.id === 'c1-s4')!;
    expect([section.label, section.text]).toEqual(['第四节', '宣传']);
    expect(placements.get('c1-s4')).toEqual(['n-h']);
  });

  it('keeps a paragraph as published and attaches the note to it', () => {
    const { chapters, placements } = applyEditorialNotes(body(), toc, [headingNote, typoNote]);
    expect(chapters[0]!.blocks.find((b) => b.id === 'c1-s1-p1')!.text).toBe(
      '新增污水收集官网106.35公里。',
    );
    expect(placements.get('c1-s1-p1')).toEqual(['n-t']);
  });

  it('refuses a heading that differs from the table of contents without a note', () => {
    expect(() => applyEditorialNotes(body(), toc, [typoNote])).toThrow(
      /"四节宣传" differs from the table of contents/,
    );
  });

  it('refuses a note that matches nothing, or that would change a paragraph', () => {
    expect(() =>
      applyEditorialNotes(body(), toc, [headingNote, { ...typoNote, original: '不存在' }]),
    ).toThrow(/n-t.*found 0/);
    expect(() =>
      applyEditorialNotes(body(), toc, [headingNote, { ...typoNote, corrected: '管网' }]),
    ).toThrow(/stays as published/);
  });

  it('refuses a corrected heading that is not the table-of-contents wording', () => {
    expect(() =>
      applyEditorialNotes(body(), toc, [{ ...headingNote, corrected: '第四节宣传引导' }, typoNote]),
    ).toThrow(/corrected must be/);
  });
});
