/** The plan index is built once, answers every query from the same parse, and is rebuilt when one of its files changes. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { liveRefs, notePlanChange, planIndex } from '../../src/loaders/plan-index.ts';
import { CHAPTER_COUNT } from '../../src/lib/plan/plan-period.ts';
import { readPlanItems } from '../../src/loaders/plan-items.ts';
import { DataError } from '../../src/lib/core/records.ts';
import { INDICATORS } from '../counts.ts';

const root = mkdtempSync(join(tmpdir(), 'plan-index-'));
for (const dir of ['content/plan', 'content/indicators', 'content/targets', 'content/projects'])
  cpSync(dir, join(root, dir), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('plan index', () => {
  it('reads every chapter, element and register of the plan', () => {
    const index = planIndex(root);
    expect(index.chapters).toHaveLength(CHAPTER_COUNT);
    expect(index.elements.map((e) => e.order)).toEqual(index.elements.map((_, i) => i));
    expect(index.refs.elements.size).toBe(index.elements.length);
    expect(index.refs.indicators.size).toBe(INDICATORS);
    const targetIds = [
      ...readFileSync('content/targets/targets.yml', 'utf8').matchAll(/^- id: (\S+)/gm),
    ].map((m) => m[1]);
    expect([...index.refs.targets]).toEqual(targetIds);
    const box = index.elements.find((e) => e.tag === 'Box')!;
    expect(index.chapterOf(box.id)).toBe(box.chapter);
    expect(index.chapterOf('c5-p1')).toBe(5);
  });

  it('names a register it cannot read, and readPlanItems refuses to go on without it', () => {
    const broken = mkdtempSync(join(tmpdir(), 'plan-index-broken-'));
    try {
      for (const dir of [
        'content/plan',
        'content/indicators',
        'content/targets',
        'content/projects',
        'content/i18n',
      ])
        cpSync(dir, join(broken, dir), { recursive: true });
      writeFileSync(join(broken, 'content/targets/targets.yml'), '- id: [unclosed\n');
      const { registers } = planIndex(broken);
      expect(registers.problems).toHaveLength(1);
      expect(registers.problems[0]).toMatch(/^content\/targets\/targets\.yml: /);
      expect(() => readPlanItems(broken)).toThrow(DataError);
      expect(planIndex(root).registers.problems).toEqual([]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('is built once: every query answers from the same object', () => {
    expect(planIndex(root)).toBe(planIndex(root));
    expect(notePlanChange(join(resolve(root), 'content/reports/2023-midterm/values.yml'))).toBe(
      false,
    );
    expect(notePlanChange(join(resolve(root), 'content/plan/zh/05.mdx'))).toBe(false); // unchanged file
    expect(planIndex(root)).toBe(planIndex(root));
  });

  it('is rebuilt after a change to one of its files, and live references see the change', () => {
    const refs = liveRefs(root);
    const before = planIndex(root);
    const first = before.elements.find((e) => e.tag === 'P' && e.chapter === 5)!;
    const file = join(resolve(root), 'content/plan/en/05.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(first.en.slice(0, 20));
    writeFileSync(file, text.replace(first.en.slice(0, 20), 'CHANGED TEXT FOR TEST'));
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    expect(notePlanChange(file)).toBe(true);
    const after = planIndex(root);
    expect(after).not.toBe(before);
    expect(after.refs.elements.get(first.id)!.en).toContain('CHANGED TEXT FOR TEST');
    expect(refs.elements.get(first.id)!.en).toContain('CHANGED TEXT FOR TEST');
  });
});
