/** The open-data files validate against datapackage.json, and carry exactly the plan's values. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site.ts';
import { checkResource } from './frictionless.ts';
import { INDICATORS } from '../counts.ts';

const read = (path: string) => readFileSync(join(DIST, 'data', path), 'utf8');
const descriptor = JSON.parse(read('datapackage.json'));

describe('open data', () => {
  it('describes indicators, targets, projects and reported values, with source and licence', () => {
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual([
      'indicators',
      'targets',
      'projects',
      'report-values',
    ]);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    expect(descriptor.sources[0].title).toContain('黔东南州');
  });
  it.each(['indicators', 'targets', 'projects', 'report-values'])(
    '%s.csv validates against its table schema',
    (name) => {
      const resource = descriptor.resources.find((r: { name: string }) => r.name === name);
      expect(checkResource(resource, read(`${name}.csv`))).toEqual([]);
    },
  );
  it('the check itself catches a wrong type, a missing required value and a duplicate key', () => {
    const resource = {
      name: 't',
      path: 't.csv',
      encoding: 'utf-8',
      schema: {
        primaryKey: 'id',
        fields: [
          { name: 'id', type: 'string', constraints: { required: true } },
          { name: 'value', type: 'number' },
          { name: 'year', type: 'integer' },
        ],
      },
    };
    expect(checkResource(resource, '\uFEFFid,value,year\r\na,1.5,2025\r\n')).toEqual([]);
    expect(
      checkResource(resource, '\uFEFFid,value,year\r\na,ninety,2025\r\n,1,2025\r\na,2,20.5\r\n'),
    ).toEqual([
      't.csv row 2: value "ninety" is not a number',
      't.csv row 3: id is required',
      't.csv row 4: year "20.5" is not a integer',
      't.csv row 4: duplicate primary key "a"',
    ]);
    expect(checkResource(resource, 'id,value\r\n')).toEqual([
      't.csv: no byte-order mark',
      't.csv: header ["id","value"] is not the schema\'s fields ["id","value","year"]',
    ]);
  });
  it("gives the indicators exactly the seed's values, in fields named baseline and target", () => {
    const json = JSON.parse(read('indicators.json'));
    const byId = Object.fromEntries(json.data.map((r: { id: string }) => [r.id, r]));
    expect(json.data).toHaveLength(INDICATORS);
    expect(byId['forest-coverage']).toMatchObject({
      baseline: 67.98,
      target: 70,
      target_approx: true,
    });
    expect(byId['ecological-redline-share']).toMatchObject({
      baseline: 28.82,
      baseline_as_of: '2021-05',
      target: null,
      target_text_zh: '达到国家及贵州省下达目标要求',
    });
    expect(byId['rural-sewage-treatment']).toMatchObject({ baseline: null, target: 25 });
    expect(byId['good-air-days']).toMatchObject({ baseline: 99.7 });
    expect(byId['surface-water-worse-than-v']).toMatchObject({ baseline: 0, target: 0 });
    expect(byId['central-city-air-quality']).toMatchObject({
      baseline: null,
      baseline_text_zh: '达到国家二级标准',
      target_text_zh: '达到国家二级标准',
    });
  });
  it('writes CSV in UTF-8 with a byte-order mark', () => {
    expect(readFileSync(join(DIST, 'data', 'indicators.csv')).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
  });
});
