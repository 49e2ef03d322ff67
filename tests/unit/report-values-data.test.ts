/** Open data of reported values: what staff filled in is published field for field, with the status the page shows. */
import { describe, expect, it } from 'vitest';
import {
  reportValuesDataset,
  type ReportedRow,
} from '../../src/lib/open-data/report-values-data.ts';
import { toCsv } from '../../src/lib/open-data/open-data.ts';
import { FIELDS, openFields } from '../../src/lib/staff/report-fields.ts';
import { checkResource } from '../site/frictionless.ts';
import { FULL_ITEMS } from '../fixtures/full-report-items.ts';

const row = (over: Partial<ReportedRow>): ReportedRow => ({
  report: '2023-midterm',
  kind: 'indicator',
  id: 'x',
  name: { zh: '名称', en: 'Name' },
  unit: '%',
  item: undefined,
  status: 'not-assessable',
  overridden: false,
  ...over,
});

const { indicators, targets, projects } = FULL_ITEMS;
const items: ReportedRow[] = [
  row({ id: indicators.id, item: indicators, status: 'on-track', overridden: true }),
  row({ kind: 'target', id: targets.id, unit: undefined, item: targets, status: 'achieved' }),
  row({ id: 'pending-one', item: { id: 'pending-one', value: 'pending' } }),
  row({ kind: 'project', id: projects.id, unit: undefined, item: projects, status: 'in-progress' }),
  row({ kind: 'project', id: 'not-reported', unit: undefined, item: undefined, status: 'pending' }),
];

describe('the open data of reported values', () => {
  const dataset = reportValuesDataset(items, openFields());
  const byId = Object.fromEntries(dataset.rows.map((r) => [r.id, r]));

  it('publishes each field staff fill in, as they filled it in', () => {
    expect(byId['forest-coverage']).toMatchObject({
      value: 69.5,
      value_text_zh: null,
      as_of: '2023-06',
      source_title: '统计公报',
      source_url: 'https://example.invalid/a',
      note_zh: '说明',
      note_en: 'Note',
      status: 'on-track',
      status_overridden: true,
      status_reason_zh: '理由',
      status_reason_en: 'Reason',
    });
    expect(byId['wetland-protection-rate']).toMatchObject({
      value: null,
      value_text_zh: '良好',
      value_text_en: 'Good',
      source_url: null,
    });
    expect(byId['pending-one']).toMatchObject({ value: null, value_text_zh: null, as_of: null });
    expect(byId['box-9-garden']).toMatchObject({
      value: null,
      as_of: '2023-05-31',
      source_url: 'https://example.invalid/c',
      note_en: 'Note',
    });
    expect(byId['not-reported']).toMatchObject({ as_of: null, source_title: null, note_zh: null });
  });

  it("has one column per published field's column (a field on several sheets once), and only those", () => {
    const names = dataset.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of FIELDS.filter((f) => f.open))
      for (const column of field.open!.fields) expect(names).toContain(column.name);
    // What only steers the import (the confirmation, the province's target) is not a reported value.
    expect(names.some((n) => /confirm|assigned/.test(n))).toBe(false);
    for (const r of dataset.rows) expect(Object.keys(r).sort()).toEqual([...names].sort());
  });

  it('validates against its own table schema', () => {
    const resource = {
      name: dataset.name,
      path: 'report-values.csv',
      encoding: 'utf-8',
      schema: {
        primaryKey: dataset.primaryKey,
        fields: dataset.fields.map((f) => ({
          name: f.name,
          type: f.type,
          constraints: { required: Boolean(f.required) },
        })),
      },
    };
    expect(checkResource(resource, toCsv(dataset))).toEqual([]);
  });
});
