/** Reported values as open data (/data/report-values.csv and .json): one row per item of each published report. Pure. */
import { textCells, textFields, type Dataset, type Row } from './open-data.ts';
import type { Localized } from '../../i18n/locales.ts';

type Words = Localized<string>;

/** One reported item, as the report page judged it. */
export interface ReportedRow {
  report: string;
  kind: 'indicator' | 'target' | 'project';
  id: string;
  name: Words;
  value: number | 'pending' | Words | undefined;
  unit: string | undefined;
  asOf: string | undefined;
  status: string;
  overridden: boolean;
  source: { title: string; url?: string | undefined } | undefined;
  /** The bureau's note on the figure (说明 in the spreadsheet). */
  note: Words | undefined;
}

/** The reported values of published reports as a dataset (the caller passes only published reports' rows). */
export function reportValuesDataset(items: ReportedRow[]): Dataset {
  const rows: Row[] = items.map((r) => ({
    report: r.report,
    kind: r.kind,
    id: r.id,
    ...textCells('name', r.name),
    value: typeof r.value === 'number' ? r.value : null,
    ...textCells('value_text', typeof r.value === 'object' ? r.value : undefined),
    unit: r.unit ?? null,
    as_of: r.asOf ?? null,
    status: r.status,
    status_overridden: r.overridden,
    source_title: r.source?.title ?? null,
    source_url: r.source?.url ?? null,
    ...textCells('note', r.note),
  }));
  return {
    name: 'report-values',
    title: 'Reported values of the evaluation reports / 评估报告填报值',
    description:
      'Every indicator, target and project of each published evaluation report: the reported value (empty while pending), its date, the status by the published rule (or set by the bureau, flagged when it overrides the rule) and its source. Drafts are not included.',
    primaryKey: ['report', 'kind', 'id'],
    fields: [
      { name: 'report', type: 'string', description: 'Report id (year-kind)', required: true },
      { name: 'kind', type: 'string', description: 'indicator, target or project', required: true },
      { name: 'id', type: 'string', description: 'Item id', required: true },
      ...textFields('name', { zh: '名称', en: 'Name' }, true),
      {
        name: 'value',
        type: 'number',
        description: 'Reported value (empty while pending or when given in words)',
      },
      ...textFields('value_text', { zh: '填报值(文字)', en: 'Reported value in words' }),
      { name: 'unit', type: 'string', description: 'Unit as in the plan' },
      {
        name: 'as_of',
        type: 'string',
        description: 'Date the value refers to (YYYY, YYYY-MM or YYYY-MM-DD)',
      },
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
      { name: 'source_title', type: 'string', description: 'Source of the value' },
      { name: 'source_url', type: 'string', description: 'Web address of the source' },
      ...textFields('note', { zh: '说明', en: 'Note on the value' }),
    ],
    rows,
  };
}
