/** Every register entry's English names the same object as its Chinese: its kind of project and its places. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { keywordProblems, type NamedEntry } from '../../src/lib/registers/register-names.ts';
import type { GlossaryTerm } from '../../src/lib/translation/glossary.ts';
import {
  PROJECT_TYPES,
  placeRules as placesOf,
  registerNameProblems,
  TARGET_WORDS,
} from '../../src/lib/registers/register-keywords.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
type Bilingual = { zh: string; en: string };
const projects = parse(read('content/projects/projects.yml')) as { id: string; name: Bilingual }[];
const targets = parse(read('content/targets/targets.yml')) as {
  id: string;
  sentence: Bilingual;
  metric: Bilingual;
}[];
const terms = parse(read('content/glossary/terms.yml')) as GlossaryTerm[];

const rules = PROJECT_TYPES;
const placeRules = placesOf(terms);

const projectNames: NamedEntry[] = projects.map((p) => ({ id: p.id, ...p.name }));

describe('npm run check', () => {
  it('finds no register entry whose English lacks a keyword of its Chinese', () => {
    expect(registerNameProblems(projects, targets, terms)).toEqual([]);
  });
});

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
