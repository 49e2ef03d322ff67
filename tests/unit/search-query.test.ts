import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { traditionalToSimplified } from '../../src/lib/search/search-fold-table.ts';
import { foldTableFromPairs } from '../../src/lib/search/search-fold.ts';
import {
  searchFiles,
  translationGroups,
  type GlossaryEntry,
  type IndicatorEntry,
} from '../../src/lib/search/search-aids.ts';
import { needsTerms, planQueries } from '../../src/lib/search/search-query.ts';

const synonyms = parse(readFileSync('content/glossary/synonyms.yml', 'utf8')) as {
  zh: string[];
  en: string[];
}[];
const glossary = parse(readFileSync('content/glossary/terms.yml', 'utf8')) as GlossaryEntry[];
const indicators = parse(
  readFileSync('content/indicators/indicators.yml', 'utf8'),
) as IndicatorEntry[];
/** A tiny site: what the build would have indexed. */
const texts = [
  {
    language: 'zh-cn',
    text: '全面开展黑臭水体排查整治,推进黑臭水体治理。力争实现碳达峰,推动碳排放达峰行动。',
  },
  {
    language: 'zh-cn',
    text: '森林覆盖率达到70%。以细颗粒物(PM2.5)和臭氧(O3)协同控制为主线。全面推行河湖长制。',
  },
  {
    language: 'en',
    text: 'Black and odorous water bodies are treated. Forest coverage rate reaches 70%. Carbon peaking. Fine particulate matter (PM2.5).',
  },
];
const { aids, terms } = searchFiles(
  texts,
  synonyms,
  glossary,
  indicators,
  traditionalToSimplified(),
);
const table = foldTableFromPairs(aids.fold);
const plan = (q: string, lang: 'zh' | 'en', withTerms = true) =>
  planQueries(q, lang, table, aids, withTerms ? terms : undefined).map((v) => `${v.kind}:${v.q}`);

describe('the search files built from the site', () => {
  it('fold only into characters of the site, and carry the synonym groups', () => {
    expect(table.get('體')).toBe('体');
    expect(table.get('蓋')).toBe('盖');
    expect(table.has('龜')).toBe(false); // 龟 is not in this site's text
    expect(aids.synonyms).toContainEqual({
      zh: ['细颗粒物', 'PM2.5'],
      en: ['fine particulate matter', 'PM2.5'],
      absent: { zh: ['fine particulate matter'], en: ['细颗粒物'] },
    });
    expect(aids.synonyms.find((g) => g.zh.includes('化学需氧量'))!.absent!.en).toContain('COD');
  });
  it('turn glossary terms and indicator names into translations, with plain aliases', () => {
    const groups = translationGroups(glossary, indicators);
    expect(groups).toContainEqual({ zh: ['细颗粒物'], en: ['fine particulate matter', 'PM2.5'] });
    expect(groups).toContainEqual({
      zh: ['森林覆盖率'],
      en: ['forest coverage rate', 'forest coverage'],
    });
    expect(groups).toContainEqual({ zh: ['森林覆盖率'], en: ['Forest coverage rate'] }); // the indicator, without "(%)"
  });
  it('know the pinyin and the vocabulary of terms that occur on the site only', () => {
    expect(terms.pinyin['heichoushuiti']).toEqual(['黑臭水体']);
    expect(terms.pinyin['senlinfugailv']).toEqual(['森林覆盖率']);
    expect(terms.vocabulary.zh).toContain('河湖长制');
    expect(terms.vocabulary.zh).not.toContain('河长制'); // a synonym the text does not use
    expect(terms.vocabulary.en).toContain('forest coverage rate');
  });
});

describe('the queries run for what a reader types', () => {
  it('folds traditional characters first', () => {
    expect(plan('黑臭水體', 'zh', false)).toEqual(['traditional:黑臭水体']);
    expect(plan('碳達峰', 'zh', false)).toEqual(['traditional:碳达峰', 'synonym:碳排放达峰']);
    expect(plan('森林覆蓋率', 'zh', false)).toEqual(['traditional:森林覆盖率']);
  });
  it('adds synonyms and abbreviations', () => {
    expect(plan('PM2.5', 'zh', false)).toEqual(['typed:PM2.5', 'synonym:细颗粒物']);
    expect(plan('O3', 'zh', false)).toEqual(['typed:O3', 'synonym:臭氧']);
  });
  it('searches only the synonyms of a term the site does not use, which would find look-alikes', () => {
    expect(plan('河长制', 'zh', false)).toEqual(['synonym:河湖长制', 'synonym:湖长制']);
    expect(plan('COD', 'en', false)).toEqual(['synonym:chemical oxygen demand']);
    expect(plan('COD', 'zh', false)).toEqual(['synonym:化学需氧量']);
  });
  it('reads pinyin as Chinese, and never loose pinyin', () => {
    expect(plan('heichou shuiti', 'zh')).toEqual(['typed:heichou shuiti', 'pinyin:黑臭水体']);
    expect(plan('tandafeng', 'zh')).toEqual([
      'typed:tandafeng',
      'pinyin:碳达峰',
      'pinyin:碳排放达峰',
    ]);
    expect(plan('senlin fugailv', 'zh')).toEqual(['typed:senlin fugailv', 'pinyin:森林覆盖率']);
    expect(plan('heichou shuiqi', 'zh')).toEqual(['typed:heichou shuiqi']);
    expect(plan('senlin fugai', 'zh')).toEqual(['typed:senlin fugai']);
  });
  it('translates a term typed in the other language through the glossary', () => {
    expect(plan('森林覆盖率', 'en')).toEqual([
      'typed:森林覆盖率',
      'translation:forest coverage rate',
      'translation:forest coverage',
    ]);
    expect(plan('黑臭水體', 'en')).toContain('translation:black and odorous water bodies');
    expect(plan('forest coverage', 'zh')).toEqual([
      'typed:forest coverage',
      'translation:森林覆盖率',
    ]);
  });
  it('loads the terms file only for a query in the other script', () => {
    expect(needsTerms('heichou shuiti', 'zh')).toBe(true);
    expect(needsTerms('黑臭水体', 'zh')).toBe(false);
    expect(needsTerms('黑臭水体', 'en')).toBe(true);
    expect(needsTerms('forest coverage', 'en')).toBe(false);
  });
});
