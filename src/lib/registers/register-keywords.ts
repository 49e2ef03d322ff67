/**
 * The keywords a register entry's English must carry when its Chinese has them: kinds of project
 * (地源热泵 → ground-source heat pump), words of target metrics, and the places of the glossary.
 * `npm run check` and the unit tests run the same check (registerNameProblems). Pure.
 */
import type { GlossaryTerm } from '../translation/glossary.ts';
import { keywordProblems, type KeywordRule } from './register-names.ts';

/** Chinese keyword → the English (regular expression) a name containing it must carry. */
export const PROJECT_TYPES: KeywordRule[] = [
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

/** Counties, the city and rivers named in a Chinese name must be named in the English (from the glossary). */
export function placeRules(terms: GlossaryTerm[]): KeywordRule[] {
  return terms
    .filter((t) => t.group === 'places' && t.check !== false)
    .flatMap((t) =>
      t.zh.map((zh) => ({ zh, en: t.match ?? t.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') })),
    );
}

/** Words of target metrics and sentences that must carry their English. */
export const TARGET_WORDS: KeywordRule[] = [
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

type Words = { zh: string; en: string };

/** Every register entry whose English lacks a keyword of its Chinese: projects' names, targets' metrics and sentences. */
export function registerNameProblems(
  projects: { id: string; name: Words }[],
  targets: { id: string; metric: Words; sentence: Words }[],
  terms: GlossaryTerm[],
): string[] {
  const places = placeRules(terms);
  const projectsFile = 'content/projects/projects.yml';
  const targetsFile = 'content/targets/targets.yml';
  const names = projects.map((p) => ({ id: p.id, ...p.name }));
  return [
    ...keywordProblems(names, PROJECT_TYPES, projectsFile),
    ...keywordProblems(names, places, projectsFile),
    ...keywordProblems(
      targets.map((t) => ({ id: t.id, ...t.metric })),
      [...TARGET_WORDS, ...places],
      targetsFile,
      'metric',
    ),
    ...keywordProblems(
      targets.map((t) => ({ id: t.id, ...t.sentence })),
      [...TARGET_WORDS, ...places],
      targetsFile,
      'sentence',
    ),
  ];
}
