/** Every register entry's English names the same object as its Chinese: its kind of project and its places. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  keywordProblems,
  type KeywordRule,
  type NamedEntry,
} from '../../src/lib/registers/register-names.ts';
import type { GlossaryTerm } from '../../src/lib/translation/glossary.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
type Bilingual = { zh: string; en: string };
const projects = parse(read('content/projects/projects.yml')) as { id: string; name: Bilingual }[];
const targets = parse(read('content/targets/targets.yml')) as {
  id: string;
  sentence: Bilingual;
  metric: Bilingual;
}[];
const terms = parse(read('content/glossary/terms.yml')) as GlossaryTerm[];

/** Chinese keyword → the English (regular expression) a name containing it must carry. */
const PROJECT_TYPES: KeywordRule[] = [
  { zh: '地源热泵', en: 'ground-source heat pump' },
  { zh: '空调系统', en: 'air-conditioning system' },
  { zh: '党校', en: 'Party School' },
  { zh: '中医院', en: 'Hospital of Traditional Chinese Medicine' },
  { zh: '酸性废水', en: 'acid mine water' },
  { zh: '煤矿', en: 'coal mine' },
  { zh: '污水', en: 'sewage' },
  { zh: '黑臭水体', en: 'black and odorous water' },
  { zh: '入河排污口', en: 'outfall' },
  { zh: '页岩气', en: 'shale gas' },
  { zh: '气化', en: 'natural gas' },
  { zh: '风电', en: 'wind power' },
  { zh: '光伏', en: 'photovoltaic' },
  { zh: '航电枢纽', en: 'navigation and power hub' },
  { zh: '低碳村', en: 'low-carbon village' },
  { zh: '减污降碳', en: 'reducing pollution and carbon' },
  { zh: '水库', en: 'reservoir' },
  { zh: '锌厂', en: 'zinc plant' },
  { zh: '受污染农用地', en: 'contaminated agricultural land' },
  { zh: '镉', en: 'cadmium' },
  { zh: '硅业', en: 'silicon' },
  { zh: '土壤', en: 'soil' },
  { zh: '调查', en: 'survey' },
  { zh: '水泥', en: 'cement' },
  { zh: '危险废物', en: 'hazardous waste' },
  { zh: '危废', en: 'hazardous (and medical )?waste' },
  { zh: '医疗废物', en: 'medical waste' },
  { zh: '医废', en: 'medical waste' },
  { zh: '磷石膏', en: 'phosphogypsum' },
  { zh: '钡渣', en: 'barium residue' },
  { zh: '赤泥', en: 'red mud' },
  { zh: '锰矿', en: 'manganese' },
  { zh: '铜矿', en: 'copper mine' },
  { zh: '焚烧发电', en: 'waste-to-energy' },
  { zh: '焚烧', en: 'incineration' },
  { zh: '飞灰', en: 'fly ash' },
  { zh: '餐厨', en: 'kitchen waste' },
  { zh: '大宗固体废弃物', en: 'bulk solid waste' },
  { zh: 'VOCs', en: 'VOCs' },
  { zh: '超低排放', en: 'ultra-low emission' },
  { zh: '机动车', en: 'motor vehicle' },
  { zh: '非道路', en: 'non-road' },
  { zh: '人居环境', en: 'living environment' },
  { zh: '畜禽粪污', en: 'livestock and poultry manure' },
  { zh: '应急', en: 'emergenc' },
  { zh: '辐射', en: 'radiation' },
  { zh: '青山工程', en: 'Green Mountains' },
  { zh: '石漠化', en: 'rocky desertification' },
  { zh: '水源涵养', en: 'water source conservation' },
  {
    zh: '山水林田湖草沙',
    en: 'mountains, rivers, forests, farmland, lakes, grasslands and deserts',
  },
  { zh: '废弃矿山', en: 'abandoned legacy mines' },
  { zh: '退耕还林', en: 'returning farmland to forest' },
  { zh: '公益林', en: 'public-welfare forest' },
  { zh: '国家储备林', en: 'national reserve forest' },
  { zh: '植物园', en: 'botanical garden' },
  { zh: '野生动物收容救护', en: 'wildlife shelter and rescue' },
  { zh: '饮用水', en: 'drinking water' },
  { zh: '湿地', en: 'wetland' },
  { zh: '空气质量', en: 'air quality' },
  { zh: '执法', en: 'law enforcement' },
  { zh: '信息化', en: 'informatization' },
  { zh: '科研', en: 'research' },
  { zh: '扩建', en: 'expansion' },
  { zh: '示范', en: 'demonstration' },
  { zh: '基地', en: 'base' },
  { zh: '工程', en: 'project' },
];
const rules = PROJECT_TYPES;

/** Counties, the city and rivers named in a Chinese name must be named in the English (from the glossary). */
const placeRules: KeywordRule[] = terms
  .filter((t) => t.group === 'places' && t.check !== false)
  .flatMap((t) =>
    t.zh.map((zh) => ({ zh, en: t.match ?? t.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') })),
  );

/** Words of target metrics and sentences that must carry their English. */
const TARGET_WORDS: KeywordRule[] = [
  { zh: '优良', en: 'good or excellent' },
  { zh: '覆盖', en: 'cover' },
  { zh: '利用率', en: 'utilization rate' },
  { zh: '回收率', en: 'recovery rate' },
  { zh: '处理率', en: 'treatment rate' },
  { zh: '治理率', en: 'treatment rate' },
  { zh: '劣V类', en: 'worse than Grade V' },
  { zh: '自然寨', en: 'natural village' },
  { zh: '行政村', en: 'administrative village' },
  { zh: '县级及以上', en: 'at and above the county level' },
];

const projectNames: NamedEntry[] = projects.map((p) => ({ id: p.id, ...p.name }));

describe('the projects register', () => {
  it('names the kind of project of the Chinese in every English name (heat pump, acid mine water, sewage …)', () => {
    expect(keywordProblems(projectNames, rules, 'content/projects/projects.yml')).toEqual([]);
  });
  it('names the places of the Chinese in every English name', () => {
    expect(keywordProblems(projectNames, placeRules, 'content/projects/projects.yml')).toEqual([]);
  });
  it('has every keyword of the table in use (a rule that matches nothing is a typo)', () => {
    const unused = rules.filter((r) => !projects.some((p) => p.name.zh.includes(r.zh)));
    expect(unused).toEqual([]);
  });
});

describe('the targets register', () => {
  const sentences = targets.map((t) => ({ id: t.id, ...t.sentence }));
  const metrics = targets.map((t) => ({ id: t.id, ...t.metric }));
  it('carries the kind of measure and the places of the Chinese in each metric and sentence', () => {
    expect(
      keywordProblems(
        metrics,
        [...TARGET_WORDS, ...placeRules],
        'content/targets/targets.yml',
        'metric',
      ),
    ).toEqual([]);
    expect(
      keywordProblems(
        sentences,
        [...TARGET_WORDS, ...placeRules],
        'content/targets/targets.yml',
        'sentence',
      ),
    ).toEqual([]);
  });
});

describe('the check itself', () => {
  it('fails on a name that renders the building instead of the heat pump, naming file, entry and field', () => {
    const bad = [
      {
        id: 'box-1-x',
        zh: '黔东南州中医院地源热泵空调系统',
        en: 'Qiandongnan Prefecture Hospital of Traditional Chinese Medicine',
      },
    ];
    expect(keywordProblems(bad, rules, 'p.yml')).toEqual([
      'p.yml: "box-1-x", field "name.en": the Chinese has 地源热泵 but the English lacks /ground-source heat pump/ ("Qiandongnan Prefecture Hospital of Traditional Chinese Medicine")',
      'p.yml: "box-1-x", field "name.en": the Chinese has 空调系统 but the English lacks /air-conditioning system/ ("Qiandongnan Prefecture Hospital of Traditional Chinese Medicine")',
    ]);
  });
  it('fails on a name that gives the basin instead of the acid mine water project, and on a missing county', () => {
    const bad = [
      {
        id: 'box-4-y',
        zh: '麻江县摆沙河流域煤矿酸性废水治理工程',
        en: 'Baisha River Basin in Majiang County',
      },
    ];
    expect(keywordProblems(bad, rules, 'p.yml').join('\n')).toMatch(
      /酸性废水 but the English lacks \/acid mine water\//,
    );
    expect(
      keywordProblems(
        [{ id: 'box-2-z', zh: '从江县丙妹镇大歹村', en: 'Dadai Village' }],
        placeRules,
        'p.yml',
      ),
    ).toHaveLength(1);
  });
});
