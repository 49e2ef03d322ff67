import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { escapeMdxText, unescapeMdxText, chapterToMdx } from '../../src/lib/plan/mdx-writer.ts';
import {
  frontMatterText,
  groupByBox,
  outlineOf,
  parseMdxBlocks,
} from '../../src/lib/plan/mdx-blocks.ts';
import { structureBody } from '../../src/lib/plan/plan-structure.ts';

describe('MDX text escaping', () => {
  const tricky = '印发<生态环境损害赔偿制度改革方案》的通知>{x} 2018~2020年 *为 # _a_ [b] & |c|';
  it('round-trips', () => {
    expect(unescapeMdxText(escapeMdxText(tricky))).toBe(tricky);
  });
  it('compiles as MDX and keeps every character', async () => {
    const out = String(await compile(`<P id="x">${escapeMdxText(tricky)}</P>`));
    expect(out).toContain(
      '"印发<生态环境损害赔偿制度改革方案》的通知>{x} 2018~2020年 *为 # _a_ [b] & |c|"',
    );
  });
});

describe('chapter dialect', () => {
  const chapter = structureBody(
    ['第三章 绿色', '引言。', '第一节 工业', '正文。', '专栏1  工程', '(一)改造工程', '内容。'].map(
      (text, i) => ({ text, line: i + 1 }),
    ),
  )[0]!;
  const mdx = chapterToMdx(chapter, {
    placements: new Map([['c3-s1-p1', ['note-x']]]),
    tableAttrs: () => [],
  });

  it('is read back block for block, with the box closed', () => {
    const blocks = parseMdxBlocks(mdx);
    expect(blocks.map((b) => [b.tag, b.id, b.text, b.box])).toEqual([
      ['P', 'c3-p1', '引言。', undefined],
      ['H2', 'c3-s1', '工业', undefined],
      ['P', 'c3-s1-p1', '正文。', undefined],
      ['Note', 'note-x', '', undefined],
      ['Box', 'box-1', '', undefined],
      ['H3', 'box-1-i1', '改造工程', 'box-1'],
      ['P', 'box-1-p1', '内容。', 'box-1'],
    ]);
    expect(outlineOf(blocks)).toEqual([
      { id: 'c3-s1', label: '第一节', title: '工业', kind: 'section' },
      { id: 'box-1', label: '专栏1', title: '工程', kind: 'box' },
    ]);
  });

  it('names the file and line of anything outside the dialect', () => {
    expect(() => parseMdxBlocks('---\nid: c1\n---\n\n# A heading\n', 'en/01.mdx')).toThrow(
      /en\/01.mdx:5: not an element/,
    );
    expect(() =>
      parseMdxBlocks('<Box id="box-1" label="x" title="y">\n<P id="a">b</P>\n', 'f'),
    ).toThrow(/never closed/);
    expect(() => parseMdxBlocks('<P>b</P>', 'f')).toThrow(/f:1: <P> has no id/);
  });
});

describe('committed chapter files', () => {
  const dir = new URL('../../content/plan/zh/', import.meta.url);
  it.each(readdirSync(dir).filter((f) => f.endsWith('.mdx')))(
    '%s is in the chapter dialect and valid MDX',
    async (name) => {
      const source = readFileSync(new URL(name, dir), 'utf8');
      expect(parseMdxBlocks(source, name).length).toBeGreaterThan(3);
      await expect(compile(source.replace(/^---\n[\s\S]*?\n---\n/, ''))).resolves.toBeDefined();
    },
  );
});

describe('a chapter read as blocks for its page', () => {
  const source = [
    '---',
    'id: c9',
    'number: 9',
    '---',
    '<P id="c9-p1">导语</P>',
    '<Box id="box-9" label="专栏9" title="工程">',
    '<H3 id="box-9-i1" label="(一)">甲</H3>',
    '<P id="box-9-p1">乙</P>',
    '</Box>',
    '<H2 id="c9-s1" label="第一节">丙</H2>',
    '<Note id="note-x" />',
  ].join('\r\n');
  it('gathers the blocks of a box under it and keeps the reading order', () => {
    const groups = groupByBox(parseMdxBlocks(source));
    expect(groups.map((g) => [g.box?.id, g.blocks.map((b) => b.id)])).toEqual([
      [undefined, ['c9-p1']],
      ['box-9', ['box-9-i1', 'box-9-p1']],
      [undefined, ['c9-s1', 'note-x']],
    ]);
  });
  it('refuses a block that claims a box that is not open there', () => {
    const blocks = parseMdxBlocks(source);
    expect(() => groupByBox(blocks.filter((b) => b.tag !== 'Box'))).toThrow(
      /box-9-i1 is in box box-9, which is not open there/,
    );
  });
  it('reads the front matter as text, CRLF or not, and refuses one left open', () => {
    expect(frontMatterText(source)).toBe('id: c9\nnumber: 9');
    expect(frontMatterText('<P id="a">x</P>')).toBe('');
    expect(() => frontMatterText('---\nid: c9\n<P id="a">x</P>')).toThrow(/not closed/);
  });
});
