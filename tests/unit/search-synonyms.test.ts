import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseYaml, validateRecords } from '../../src/lib/core/records.ts';
import { synonymSchema } from '../../src/schemas/synonyms.ts';
import {
  expandQuery,
  findTerm,
  type Lang,
  type TermGroup,
} from '../../src/lib/search/search-synonyms.ts';

const file = 'content/glossary/synonyms.yml';
const synonyms: TermGroup[] = validateRecords(
  file,
  'synonym',
  parseYaml(file, readFileSync(file, 'utf8')),
  synonymSchema,
).map((g) => ({ ...g, kind: 'synonym' }));
const alternatives = (q: string, lang: Lang, groups = synonyms) =>
  expandQuery(q, lang, groups).map((a) => a.q);

describe('synonyms and abbreviations (content/glossary/synonyms.yml)', () => {
  it('expands abbreviations to the full term and back, on the Chinese page', () => {
    for (const [short, long] of [
      ['PM2.5', '细颗粒物'],
      ['O3', '臭氧'],
      ['COD', '化学需氧量'],
      ['NOx', '氮氧化物'],
      ['VOCs', '挥发性有机物'],
      ['SO2', '二氧化硫'],
    ]) {
      expect(alternatives(short!, 'zh'), short).toContain(long);
      expect(alternatives(long!, 'zh'), long).toContain(short);
    }
    expect(alternatives('河长制', 'zh')).toContain('河湖长制');
    expect(alternatives('河湖长制', 'zh')).toContain('河长制');
    expect(alternatives('碳达峰', 'zh')).toEqual(['碳排放达峰']);
    expect(alternatives('碳排放达峰', 'zh')).toEqual(['碳达峰']);
  });
  it('gives the English counterparts on the English page, whichever language was typed', () => {
    expect(alternatives('COD', 'en')).toEqual(['chemical oxygen demand']);
    expect(alternatives('chemical oxygen demand', 'en')).toEqual(['COD']);
    expect(alternatives('化学需氧量', 'en')).toEqual(['chemical oxygen demand', 'COD']);
    expect(expandQuery('化学需氧量', 'en', synonyms)[0]).toMatchObject({
      kind: 'translation',
      from: '化学需氧量',
      to: 'chemical oxygen demand',
    });
    expect(expandQuery('COD', 'zh', synonyms)[0]).toMatchObject({
      kind: 'synonym',
      from: 'COD',
      to: '化学需氧量',
    });
  });
  it('replaces the term inside a longer query and keeps the rest', () => {
    expect(alternatives('河长制工作', 'zh')).toContain('河湖长制工作');
    expect(alternatives('PM2.5浓度', 'zh')).toContain('细颗粒物浓度');
    expect(alternatives('reduce cod emissions', 'en')).toEqual([
      'reduce chemical oxygen demand emissions',
    ]);
  });
  it('matches Latin terms as whole words only, and finds nothing in unrelated queries', () => {
    expect(findTerm('CODE', 'COD')).toBeUndefined();
    expect(findTerm('no2', 'O3')).toBeUndefined();
    expect(alternatives('CODE', 'zh')).toEqual([]);
    expect(alternatives('森林覆盖率', 'zh')).toEqual([]);
    expect(alternatives('forest coverage', 'en')).toEqual([]);
  });
  it('applies a glossary translation only to a term typed in the other language', () => {
    const glossary: TermGroup[] = [
      { zh: ['森林覆盖率'], en: ['forest coverage rate', 'forest coverage'], kind: 'translation' },
    ];
    expect(alternatives('森林覆盖率', 'en', glossary)).toEqual([
      'forest coverage rate',
      'forest coverage',
    ]);
    expect(alternatives('forest coverage', 'zh', glossary)).toEqual(['森林覆盖率']);
    expect(alternatives('forest coverage', 'en', glossary)).toEqual([]);
    expect(alternatives('森林覆盖率', 'zh', glossary)).toEqual([]);
  });
});
