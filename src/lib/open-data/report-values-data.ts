/**
 * Reported values as open data (/data/report-values.csv and .json): one row per item of each
 * published report. The columns of what staff fill in are the published fields' own, passed in
 * from the field registry (openFields() of src/lib/staff/report-fields.ts); the item's identity
 * and the status the report page shows are added here. Pure.
 */
import { textCells, textFields, type Dataset, type Field, type Row } from './open-data.ts';
import type { Localized } from '../../i18n/locales.ts';

/** A field staff fill in that is published: its values.yml key, its columns and their cells from its value. */
export interface PublishedField {
  key: string;
  open: { fields: Field[]; cells(value: unknown): Row };
}

/** One reported item, as the report page judged it. */
export interface ReportedRow {
  report: string;
  kind: 'indicator' | 'target' | 'project';
  id: string;
  name: Localized<string>;
  unit: string | undefined;
  /** The item as values.yml has it (undefined: the report gives nothing for it). */
  item: Readonly<Record<string, unknown>> | undefined;
  status: string;
  overridden: boolean;
}

/** The reported values of published reports as a dataset (the caller passes only published reports' rows, and the fields published in column order). */
export function reportValuesDataset(
  items: ReportedRow[],
  published: readonly PublishedField[],
): Dataset {
  const rows: Row[] = items.map((r) => ({
    report: r.report,
    kind: r.kind,
    id: r.id,
    ...textCells('name', r.name),
    unit: r.unit ?? null,
    ...Object.assign({}, ...published.map((f) => f.open.cells(r.item?.[f.key]))),
    status: r.status,
    status_overridden: r.overridden,
  }));
  const columns: Field[] = [
    { name: 'report', type: 'string', description: 'Report id (year-kind)', required: true },
    { name: 'kind', type: 'string', description: 'indicator, target or project', required: true },
    { name: 'id', type: 'string', description: 'Item id', required: true },
    ...textFields('name', { zh: '名称', en: 'Name' }, true),
    { name: 'unit', type: 'string', description: 'Unit as in the plan' },
    ...published.flatMap((f) => f.open.fields),
    {
      name: 'status',
      type: 'string',
      description:
        'achieved, on-track, off-track, not-assessable; for projects completed, in-progress, not-started, pending',
      required: true,
    },
    {
      name: 'status_overridden',
      type: 'boolean',
      description: 'True where the bureau set a status that overrides the rule',
      required: true,
    },
  ];
  return {
    name: 'report-values',
    title: 'Reported values of the evaluation reports / 评估报告填报值',
    description:
      'Every indicator, target and project of each published evaluation report: the reported value (empty while pending), its date, its source and the note on it, and the status by the published rule (or set by the bureau with its reason, flagged when it overrides the rule). Drafts are not included.',
    primaryKey: ['report', 'kind', 'id'],
    fields: columns,
    rows,
  };
}
