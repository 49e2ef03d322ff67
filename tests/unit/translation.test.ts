/** The English edition is the twin of the Chinese: ids, order, figures, glossary, no Chinese left. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseMdxBlocks } from '../../src/lib/plan/mdx-blocks.ts';
import {
  blockTexts,
  chineseLeftProblems,
  figureProblems,
  lineTexts,
  parityProblems,
  chineseFigures,
  englishFigures,
  recordTexts,
  rejectedVariantProblems,
  textOf,
} from '../../src/lib/translation/translation-checks.ts';
import type { EditorialNote } from '../../src/lib/plan/editorial-notes.ts';
import {
  duplicateTerms,
  glossaryProblems,
  type GlossaryTerm,
} from '../../src/lib/translation/glossary.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const terms = parse(read('content/glossary/terms.yml')) as GlossaryTerm[];
const chapters = Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0'));
const frontMatter = (source: string) => parse(source.split('---\n')[1]!) as Record<string, unknown>;
const notes = new Map(
  (parse(read('content/plan/editorial-notes.yml')) as EditorialNote[]).map((n) => [n.id, n.en]),
);

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
  it('has every id of the Chinese, in order, and no other', () =>
    expect(parityProblems(zh, en, file)).toEqual([]));
  it('carries every figure (万/亿 converted)', () =>
    expect(figureProblems(zh, en, file, notes)).toEqual([]));
  it('uses no rejected variant of a glossary term', () =>
    expect(rejectedVariantProblems(blockTexts(en), terms, file)).toEqual([]));
  it('uses the glossary renderings', () =>
    expect(glossaryProblems(zh, en, terms, file)).toEqual([]));
  it('has no Chinese characters left', () => expect(chineseLeftProblems(en, file)).toEqual([]));
});

describe('the checks themselves', () => {
  const block = (id: string, text: string, tag: 'P' | 'H2' = 'P') => ({
    tag,
    id,
    attrs: { id },
    text,
    line: 1,
  });
  it('convert 万 and 亿', () => {
    expect(chineseFigures('新增4.135万吨/日,共6293万余元,1.8亿立方米,完成106.35公里')).toEqual([
      41350, 62930000, 180000000, 106.35,
    ]);
    expect(
      englishFigures('41,350 tonnes, 62,930,000 yuan and 180,000,000 m3 over 106.35 km'),
    ).toEqual([41350, 62930000, 180000000, 3, 106.35]);
    expect(englishFigures('as of May 2021')).toEqual([2021, 5]);
  });
  it('catch a missing figure, a missing or extra id, Chinese left and a glossary miss', () => {
    const zh = [block('a', '完成水土流失治理面积1184平方公里'), block('b', '黑臭水体')];
    expect(
      figureProblems(zh, [block('a', 'Control 118 square kilometres'), block('b', 'x')], 'f'),
    ).toEqual(['f: a lacks figure(s) 1184 found in the Chinese']);
    expect(parityProblems(zh, [block('a', '')], 'f')).toEqual([
      'f: missing P#b (present in Chinese)',
    ]);
    expect(parityProblems(zh, [block('b', ''), block('a', '')], 'f')).toEqual([
      'f: order differs at P#a (English has P#b there)',
    ]);
    expect(parityProblems(zh, [...zh, block('c', '')], 'f')).toEqual([
      'f: P#c has no Chinese twin',
    ]);
    expect(chineseLeftProblems([block('a', 'the 黑臭 water')], 'f')).toHaveLength(1);
    expect(
      glossaryProblems(
        zh,
        [block('a', 'soil erosion control: 1,184 km2'), block('b', 'smelly water')],
        terms,
        'f',
      ),
    ).toEqual([
      'f: b has 黑臭水体 but not “black and odorous water bodies” (glossary black-odorous)',
    ]);
  });
});

describe('glossary', () => {
  it('keeps one rendering per term', () => expect(duplicateTerms(terms)).toEqual([]));
  it('never lists its own rendering as rejected', () => {
    expect(
      terms.filter((t) =>
        (t.rejected ?? []).some((r) => t.en.toLowerCase().includes(r.toLowerCase())),
      ),
    ).toEqual([]);
  });
});

describe('rejected variants (one rendering per term)', () => {
  const fixture = 'tests/fixtures/translation/drift-en.mdx';
  const drifted = parseMdxBlocks(read(fixture), fixture);
  const problems = rejectedVariantProblems(blockTexts(drifted), terms, fixture);

  it('are found in a drifted chapter, with file, paragraph id and the variant found', () => {
    expect(problems).toEqual([
      `${fixture}: x-s1 has “Ecological Civilization Construction”, a rejected variant of 生态文明建设 (glossary eco-civilization-building: use “ecological civilization building”; rejected: “ecological civilization construction”)`,
      `${fixture}: x-s1-p1 has “building ecological civilization”, a rejected variant of 生态文明建设 (glossary eco-civilization-building: use “ecological civilization building”; rejected: “building ecological civilization”)`,
      `${fixture}: x-s1-p1 has “county-level towns”, a rejected variant of 县级城市 (glossary county-level-city: use “county-level cities”; rejected: “county-level towns”)`,
      `${fixture}: x-s1-p1 has “days with good ambient air”, a rejected variant of 优良率 (glossary good-or-excellent: use “good or excellent”; rejected: “days with good ambient air”)`,
      `${fixture}: x-s1-p2 has “rectification of black and odorous”, a rejected variant of 黑臭水体整治 (glossary black-odorous-remediation: use “remediation of black and odorous water bodies”; rejected: “rectification of black and odorous”)`,
      `${fixture}: x-s1-p2 has “high-altitude”, a rejected variant of 高空视频监控 (glossary high-mounted-monitoring: use “high-mounted (video) monitoring”; rejected: “high-altitude”)`,
    ]);
  });
  it('are not found where the chosen rendering is used (x-s1-p3), nor inside a longer word', () => {
    expect(problems.filter((p) => p.includes('x-s1-p3'))).toEqual([]);
    expect(
      rejectedVariantProblems(
        [{ id: 'a', text: 'spent mushroom cultivation sticksX' }],
        terms,
        'f',
      ),
    ).toEqual([]);
  });
  it('are found in register records (with record id and field) and in interface strings (with line)', () => {
    const records = [
      {
        id: 'box-4-x',
        name: {
          zh: '麻江县摆沙河流域煤矿酸性废水治理工程',
          en: 'treatment of acidic wastewater in the Baisha River basin',
        },
      },
    ];
    expect(rejectedVariantProblems(recordTexts(records), terms, 'p.yml')).toEqual([
      'p.yml: "box-4-x", field "name.en" has “acidic wastewater”, a rejected variant of 酸性废水 (glossary acid-mine-water: use “acid mine water”; rejected: “acidic wastewater”)',
    ]);
    expect(
      rejectedVariantProblems(
        lineTexts('a: x\nb: China VI trucks and national Stage III trucks\n'),
        terms,
        'en.yml',
      ),
    ).toEqual([
      'en.yml: line 2 has “national Stage III”, a rejected variant of 国家第三阶段 (glossary china-iii: use “China III”; rejected: “national Stage III”)',
    ]);
  });
});

describe("figures kept in an editor's note", () => {
  const block = (tag: 'P' | 'Note', id: string, text: string) => ({
    tag,
    id,
    attrs: { id },
    text,
    line: 1,
  });
  const zh = [block('P', 'a', '(中办发〔201768号)')];
  it('count when the note is placed right after the paragraph, and only then', () => {
    const reading = block('P', 'a', '([Zhongbanfa (2017) No. 68])');
    const noteText = new Map([['n', 'The original prints 201768.']]);
    expect(figureProblems(zh, [reading, block('Note', 'n', '')], 'f', noteText)).toEqual([]);
    expect(figureProblems(zh, [reading], 'f', noteText)).toEqual([
      'f: a lacks figure(s) 201768 found in the Chinese',
    ]);
  });
});

describe('coined names are explained at their first use', () => {
  const all = chapters.flatMap((nn) =>
    parseMdxBlocks(read(`content/plan/en/${nn}.mdx`), `en/${nn}.mdx`),
  );
  const first = (pattern: RegExp) => all.find((b) => pattern.test(textOf(b)));
  it.each([
    ['Double Ten Projects', /Double Ten Projects/, /ten major pollution sources/, 'c1-s1-p1'],
    [
      'three lines and one permit',
      /three lines and one permit/i,
      /ecological conservation redline, the environmental quality bottom line, the resource-use ceiling and the environmental access list/,
      'c1-s1-p12',
    ],
    [
      'single-tree carbon sink scheme',
      /single-tree carbon sink/,
      /carbon credits of registered individual trees/,
      'c4-s3-p1',
    ],
  ])('%s', (_name, term, explanation, id) => {
    const block = first(term);
    expect(block?.id).toBe(id);
    expect(textOf(block!)).toMatch(explanation);
  });
});

describe('a “%” that compares with a target is rendered as percentage points', () => {
  const pairs = chapters.flatMap((nn) => {
    const en = new Map(
      parseMdxBlocks(read(`content/plan/en/${nn}.mdx`), `en/${nn}.mdx`).map((b) => [b.id, b]),
    );
    return parseMdxBlocks(read(`content/plan/zh/${nn}.mdx`), `zh/${nn}.mdx`).map(
      (z) => [z, en.get(z.id)!] as const,
    );
  });
  const comparisons = pairs.flatMap(([z, e]) =>
    [...z.text.matchAll(/(?:高于|低于)[^,。;]*?目标(\d+(?:\.\d+)?)%/g)].map((m) => ({
      id: z.id,
      figure: m[1]!,
      en: textOf(e),
    })),
  );
  it('finds the comparisons (高于省考核目标15.8%)', () =>
    expect(comparisons.map((c) => c.id)).toContain('c1-s1-p3'));
  it.each(comparisons.map((c) => [c.id, c.figure, c.en]))(
    '%s: %s percentage points',
    (_id, figure, en) => {
      expect(en).toContain(`${figure} percentage points`);
    },
  );
});
