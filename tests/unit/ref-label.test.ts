/** Words for a place in the plan, in both languages, for every paragraph id the plan has. */
import { describe, expect, it } from 'vitest';
import { refLabel } from '../../src/lib/plan/ref-label.ts';
import { planIndex } from '../../src/loaders/plan-index.ts';

describe('refLabel', () => {
  it('names a paragraph by chapter, section and paragraph, numbered as the plan numbers them', () => {
    expect(refLabel('c5-s1-p1', 'zh')).toBe('第五章第一节第1段');
    expect(refLabel('c5-s1-p1', 'en')).toBe('Ch. 5, §1, ¶1');
    expect(refLabel('c11-s2-p4', 'zh')).toBe('第十一章第二节第4段');
    expect(refLabel('c1-p2', 'zh')).toBe('第一章第2段');
    expect(refLabel('c1-p2', 'en')).toBe('Ch. 1, ¶2');
  });
  it('names a paragraph of a box (专栏)', () => {
    expect(refLabel('box-3-p2', 'zh')).toBe('专栏3第2段');
    expect(refLabel('box-10-p12', 'en')).toBe('Box 10, ¶12');
  });
  it('leaves other ids (headings, items) to be labelled by their text', () => {
    for (const id of [
      'c5-s2',
      'c5',
      'box-3',
      'box-1-i2',
      'c1-s1-i1-3',
      'table-2-1',
      'forest-coverage',
    ])
      expect(refLabel(id, 'zh'), id).toBeUndefined();
  });
  it('labels every paragraph of the plan, each label once per language', () => {
    const ids = [...planIndex().refs.elements.keys()].filter((id) => /-p\d+$/.test(id));
    expect(ids.length).toBeGreaterThan(100);
    for (const lang of ['zh', 'en'] as const) {
      const labels = ids.map((id) => refLabel(id, lang));
      expect(labels.filter((l) => !l)).toEqual([]);
      expect(new Set(labels).size).toBe(ids.length);
    }
  });
});
