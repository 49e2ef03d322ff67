/** Bad data stops the build with a message naming the file, the record and the field. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, parseYaml, validateRecords } from '../../src/lib/core/records.ts';
import { planIndex } from '../../src/loaders/plan-index.ts';
import { indicatorSchema, projectSchema, targetSchema } from '../../src/schemas/plan-data.ts';
import { INDICATORS } from '../counts.ts';

const root = new URL('../../', import.meta.url).pathname;
const { refs } = planIndex(root);
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected a DataError');
};

describe('the published data', () => {
  it('validates: the indicators, the targets register and the projects register', () => {
    const file = (p: string) => parseYaml(p, read(p));
    expect(
      validateRecords(
        'indicators.yml',
        'indicator',
        file('content/indicators/indicators.yml'),
        indicatorSchema(refs),
      ),
    ).toHaveLength(INDICATORS);
    expect(
      validateRecords(
        'targets.yml',
        'target',
        file('content/targets/targets.yml'),
        targetSchema(refs),
      ).length,
    ).toBeGreaterThanOrEqual(40);
    expect(
      validateRecords(
        'projects.yml',
        'project',
        file('content/projects/projects.yml'),
        projectSchema(refs),
      ).length,
    ).toBeGreaterThanOrEqual(50);
  });
});

describe('bad data', () => {
  const file = 'tests/fixtures/bad-data/targets-bad.yml';
  const problems = problemsOf(() =>
    validateRecords(file, 'target', parseYaml(file, read(file)), targetSchema(refs)),
  );

  it('names an unknown paragraph id', () => {
    expect(problems).toContain(
      `${file}: target "unknown-paragraph", field "paragraph": unknown paragraph id "c5-s9-p4" (no element of content/plan/zh has it)`,
    );
  });
  it('names a value of the wrong type, a deadline outside the plan and an unknown indicator', () => {
    expect(problems).toContain(
      `${file}: target "wrong-type", field "value": value must be a number`,
    );
    expect(problems).toContain(
      `${file}: target "wrong-type", field "deadline": deadline must be within the plan (2021–2025)`,
    );
    expect(problems).toContain(
      `${file}: target "wrong-type", field "indicator": unknown indicator id "forest-cover"`,
    );
  });
  it('names a duplicate id, a missing English text, a bad comparator and a misquotation', () => {
    expect(problems).toContain(
      `${file}: target "ok-target", field "id": duplicate id (used by an earlier record)`,
    );
    expect(problems).toContain(
      `${file}: target "ok-target", field "metric.en": English text is missing`,
    );
    expect(problems).toContain(
      `${file}: target "ok-target", field "comparator": comparator must be one of >=, <=, =, about`,
    );
    expect(problems).toContain(
      `${file}: target "misquoted", field "sentence.zh": "县城污水处理率达到90%以上" is not in the Chinese text of c5-s5-p4`,
    );
  });
  it('reports nothing about the good record', () => {
    expect(problems.filter((p) => p.includes('"unknown-paragraph", field "sentence'))).toEqual([]);
  });
  it('names the file of malformed YAML', () => {
    expect(problemsOf(() => parseYaml('content/x.yml', 'a: [1, 2\nb: 3'))[0]).toMatch(
      /^content\/x\.yml: not valid YAML: /,
    );
  });
  it('refuses a file that is not a list, and a record without an id', () => {
    expect(
      problemsOf(() => validateRecords('f.yml', 'target', { id: 'x' }, targetSchema(refs))),
    ).toEqual(['f.yml: expected a list of target records (each line starting with "- id:")']);
    expect(
      problemsOf(() => validateRecords('f.yml', 'target', [{ value: 1 }], targetSchema(refs))),
    ).toEqual(['f.yml: target #1, field "id": missing (every record needs a text id)']);
  });
  it('names a missing English indicator name and a project county that is not a place id', () => {
    const indicator = {
      id: 'x',
      number: 1,
      category: 'ecological-protection',
      name: { zh: '森林覆盖率(%)' },
      target: { value: 70, comparator: 'about' },
      type: 'binding',
      paragraphs: [],
    };
    expect(
      problemsOf(() => validateRecords('i.yml', 'indicator', [indicator], indicatorSchema(refs))),
    ).toEqual(['i.yml: indicator "x", field "name.en": English text is missing']);
    const project = {
      id: 'box-9-x',
      box: 'box-9',
      item: 'box-9-i4',
      paragraph: 'box-9-p4',
      name: { zh: '黔东南州植物园', en: 'Qiandongnan Prefecture Botanical Garden' },
      kind: 'named',
      places: ['qiandongnan'],
    };
    expect(
      problemsOf(() => validateRecords('p.yml', 'project', [project], projectSchema(refs)))[0],
    ).toMatch(/^p\.yml: project "box-9-x", field "places\[0\]": place must be one of kaili, /);
  });
});

describe('indicator targets', () => {
  it('need the comparator their status is judged by', () => {
    const indicator = {
      id: 'x',
      number: 1,
      category: 'ecological-protection',
      name: { zh: '甲', en: 'A' },
      target: { value: 70 },
      type: 'binding',
      paragraphs: [],
    };
    expect(
      problemsOf(() => validateRecords('i.yml', 'indicator', [indicator], indicatorSchema(refs))),
    ).toEqual([
      'i.yml: indicator "x", field "target": a numeric target needs the comparator its status is judged by (>=, <=, =, about)',
    ]);
  });
});
