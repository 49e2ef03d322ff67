/** The English edition is the twin of the Chinese: ids, order, figures, glossary, no Chinese left. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseMdxBlocks } from '../../src/lib/mdx-blocks.ts';
import { chineseLeftProblems, figureProblems, parityProblems, chineseFigures, englishFigures } from '../../src/lib/translation-checks.ts';
import { duplicateTerms, glossaryProblems, type GlossaryTerm } from '../../src/lib/glossary.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const terms = parse(read('content/glossary/terms.yml')) as GlossaryTerm[];
const chapters = Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0'));
const frontMatter = (source: string) => parse(source.split('---\n')[1]!) as Record<string, unknown>;

describe.each(chapters)('chapter %s', (nn) => {
  const zhSource = read(`content/plan/zh/${nn}.mdx`);
  const enSource = read(`content/plan/en/${nn}.mdx`);
  const zh = parseMdxBlocks(zhSource, `zh/${nn}.mdx`);
  const en = parseMdxBlocks(enSource, `en/${nn}.mdx`);
  const file = `content/plan/en/${nn}.mdx`;

  it('has the same chapter id and number, and an English label', () => {
    const [z, e] = [frontMatter(zhSource), frontMatter(enSource)];
    expect([e['id'], e['number']]).toEqual([z['id'], z['number']]);
    expect(e['label']).toBe(`Chapter ${Number(nn)}`);
  });
  it('has every id of the Chinese, in order, and no other', () => expect(parityProblems(zh, en, file)).toEqual([]));
  it('carries every figure (万/亿 converted)', () => expect(figureProblems(zh, en, file)).toEqual([]));
  it('uses the glossary renderings', () => expect(glossaryProblems(zh, en, terms, file)).toEqual([]));
  it('has no Chinese characters left', () => expect(chineseLeftProblems(en, file)).toEqual([]));
});

describe('the checks themselves', () => {
  const block = (id: string, text: string, tag: 'P' | 'H2' = 'P') => ({ tag, id, attrs: { id }, text, line: 1 });
  it('convert 万 and 亿', () => {
    expect(chineseFigures('新增4.135万吨/日,共6293万余元,1.8亿立方米,完成106.35公里')).toEqual([41350, 62930000, 180000000, 106.35]);
    expect(englishFigures('41,350 tonnes, 62,930,000 yuan and 180,000,000 m3 over 106.35 km')).toEqual([41350, 62930000, 180000000, 3, 106.35]);
    expect(englishFigures('as of May 2021')).toEqual([2021, 5]);
  });
  it('catch a missing figure, a missing or extra id, Chinese left and a glossary miss', () => {
    const zh = [block('a', '完成水土流失治理面积1184平方公里'), block('b', '黑臭水体')];
    expect(figureProblems(zh, [block('a', 'Control 118 square kilometres'), block('b', 'x')], 'f')).toEqual(['f: a lacks figure(s) 1184 found in the Chinese']);
    expect(parityProblems(zh, [block('a', '')], 'f')).toEqual(['f: missing P#b (present in Chinese)']);
    expect(parityProblems(zh, [block('b', ''), block('a', '')], 'f')).toEqual(['f: order differs at P#a (English has P#b there)']);
    expect(parityProblems(zh, [...zh, block('c', '')], 'f')).toEqual(['f: P#c has no Chinese twin']);
    expect(chineseLeftProblems([block('a', 'the 黑臭 water')], 'f')).toHaveLength(1);
    expect(glossaryProblems(zh, [block('a', 'soil erosion control: 1,184 km2'), block('b', 'smelly water')], terms, 'f')).toEqual(['f: b has 黑臭水体 but not “black and odorous water bodies” (glossary black-odorous)']);
  });
});

describe('glossary', () => {
  it('keeps one rendering per term', () => expect(duplicateTerms(terms)).toEqual([]));
});
