import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSeed } from '../../scripts/import-seed.ts';

const root = join(import.meta.dirname, '../..');

describe('import-seed', () => {
  const files = importSeed(root);

  it('writes 13 Chinese chapters and the publication record', () => {
    expect([...files.keys()].filter((f) => f.startsWith('content/plan/zh/'))).toHaveLength(13);
    expect(files.has('content/plan/publication.yml')).toBe(true);
  });

  it('is deterministic', () => {
    expect(importSeed(root)).toEqual(files);
  });

  it.each([...importSeed(root).keys()])('committed %s is exactly what the seed gives', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(files.get(path));
  });

  it('places all ten boxes, Table 2-1 and every editorial note', () => {
    const all = [...files.values()].join('\n');
    for (let n = 1; n <= 10; n++) expect(all).toContain(`<Box id="box-${n}" label="专栏${n}"`);
    expect(files.get('content/plan/zh/02.mdx')).toContain(
      '<IndicatorTable id="table-2-1" caption="表2-1 黔东南州“十四五”生态环境保护目标指标" footnote="*为2021年5月现状值" />',
    );
    const noteIds = [
      ...readFileSync(join(root, 'content/plan/editorial-notes.yml'), 'utf8').matchAll(
        /^- id: (\S+)/gm,
      ),
    ].map((m) => m[1]);
    expect(noteIds.length).toBeGreaterThanOrEqual(10);
    for (const id of noteIds) expect(all).toContain(`<Note id="${id}" />`);
  });

  it('normalises the five headings that differ from the table of contents', () => {
    expect(files.get('content/plan/zh/04.mdx')).toContain(
      'title: "控制温室气体排放,积极应对气候变化"',
    );
    expect(files.get('content/plan/zh/05.mdx')).toContain(
      '<H2 id="c5-s4" label="第四节">保障饮用水水质安全</H2>\n\n<Note id="note-heading-c5-s4" />',
    );
    expect(files.get('content/plan/zh/05.mdx')).toContain(
      '<H2 id="c5-s5" label="第五节">持续深化水环境治理</H2>',
    );
    expect(files.get('content/plan/zh/08.mdx')).toContain('<H2 id="c8-s5" label="第五节">');
    expect(files.get('content/plan/zh/13.mdx')).toContain('<H2 id="c13-s4" label="第四节">');
  });

  it('keeps body typos as published', () => {
    expect(files.get('content/plan/zh/01.mdx')).toContain('新增建设改造污水收集官网106.35公里');
    expect(files.get('content/plan/zh/05.mdx')).toContain('根据排查结果事实控源截污');
    expect(files.get('content/plan/zh/03.mdx')).toContain('完善城市绿地体系。完善城市绿地体系。');
  });
});
