import { describe, expect, it } from 'vitest';
import { linesByChapter, missingLines, normalizeForFidelity } from '../../src/lib/plan/fidelity.ts';

const seed = [
  { text: '第一节 成效', line: 1 },
  { text: '全州生态环境质量保持优良,持续改善。', line: 2 },
  { text: '(一)水环境质量大幅提升', line: 3 },
];

describe('fidelity check', () => {
  it('ignores white space and punctuation width only', () => {
    expect(normalizeForFidelity('保持优良 , 持续改善。')).toBe(
      normalizeForFidelity('保持优良,持续改善。'),
    );
    expect(normalizeForFidelity('(一)')).toBe('(一)');
    expect(normalizeForFidelity('优良')).not.toBe(normalizeForFidelity('良好'));
  });
  it('passes a faithful page', () => {
    expect(
      missingLines(
        seed,
        '第一节  成效# 全州生态环境质量保持优良,持续改善。 (一)水环境质量大幅提升',
      ),
    ).toEqual([]);
  });
  it('reports a removed line', () => {
    expect(missingLines(seed, '第一节 成效 (一)水环境质量大幅提升')).toEqual([
      { line: 2, text: seed[1]!.text, outOfOrder: false },
    ]);
  });
  it('reports an altered line', () => {
    expect(
      missingLines(
        seed,
        '第一节 成效 全州生态环境质量保持良好,持续改善。(一)水环境质量大幅提升',
      ).map((m) => m.line),
    ).toEqual([2]);
  });
  it('reports a line out of order', () => {
    expect(
      missingLines(seed, '全州生态环境质量保持优良,持续改善。第一节 成效 (一)水环境质量大幅提升'),
    ).toEqual([{ line: 2, text: seed[1]!.text, outOfOrder: true }]);
  });
  it('groups body lines by chapter', () => {
    expect(
      linesByChapter([
        { text: '第一章 甲', line: 1 },
        { text: 'a', line: 2 },
        { text: '第二章 乙', line: 3 },
      ]).map((g) => g.length),
    ).toEqual([2, 1]);
  });
});
