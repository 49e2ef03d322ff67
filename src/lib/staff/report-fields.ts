/**
 * The fields staff fill in for a report, one entry each and in the order of the spreadsheet's
 * columns: the values.yml key, the sheets that have it, its columns (header, width, drop-down),
 * which column each of its values.yml paths is typed in, and how its cells become the field and
 * back. The spreadsheet's columns (sheet-layout.ts), the template's cells (sheet-write.ts), the
 * import (sheet-read.ts), the column an error names and the open data of reported values
 * (src/lib/open-data/report-values-data.ts) all derive from this list; the field's shape is the
 * schema's (src/schemas/report.ts). A new column is one entry here. Pure.
 */
import type { Bilingual } from '../../schemas/plan-data.ts';
import type { IndicatorValue } from '../../schemas/report.ts';
import { PENDING_WORDS } from './sheet-values.ts';
import { textCells, textFields } from '../open-data/open-data.ts';
import { openText, type Field } from './field-shape.ts';
import { assignedTargetField } from './assigned-target-field.ts';
import {
  choiceCell,
  dateText,
  numberCell,
  pairCells,
  sourceCells,
  text,
  type Source,
} from './sheet-cells.ts';
import { H, PROGRESS, STATUS, wordFor, YES_NO, type Section } from './sheet-words.ts';

export type { Field, FieldColumn, RowRules } from './field-shape.ts';

const VALUES: readonly Section[] = ['indicators', 'targets'];
const ALL: readonly Section[] = ['indicators', 'targets', 'projects'];

const pairField = (
  key: string,
  sections: readonly Section[],
  zh: string,
  en: string,
  open?: Field['open'],
): Field => ({
  key,
  sections,
  open,
  columns: [
    { header: zh, width: 24 },
    { header: en, width: 24 },
  ],
  paths: { [key]: zh, [`${key}.zh`]: zh, [`${key}.en`]: en },
  read: (cells, problems) => pairCells(cells, zh, en, problems),
  write: (v) => ({
    [zh]: (v as Bilingual | undefined)?.zh,
    [en]: (v as Bilingual | undefined)?.en,
  }),
});

const choiceField = <T>(
  key: string,
  sections: readonly Section[],
  header: string,
  width: number,
  choices: Record<string, T>,
  empty?: T,
): Field => ({
  key,
  sections,
  columns: [{ header, width, list: Object.keys(choices) }],
  paths: { [key]: header },
  read: (cells, problems) => choiceCell(choices, cells[header], header, problems) ?? empty,
  write: (v) => ({ [header]: wordFor(choices, (v as T | undefined) ?? empty) }),
});

/** The reported figure: a number, words (only where the plan's target is in words), or pending. */
const valueField: Field = {
  key: 'value',
  sections: VALUES,
  columns: [
    { header: H.value, width: 14, numeric: true },
    { header: H.valueEn, width: 16 },
  ],
  paths: { value: H.value, 'value.zh': H.value, 'value.en': H.valueEn },
  open: {
    fields: [
      {
        name: 'value',
        type: 'number',
        description: 'Reported value (empty while pending or when given in words)',
      },
      ...textFields('value_text', { zh: '填报值(文字)', en: 'Reported value in words' }),
    ],
    cells: (v) => ({
      value: typeof v === 'number' ? v : null,
      ...textCells('value_text', typeof v === 'object' ? (v as Bilingual) : undefined),
    }),
  },
  read(cells, problems, { unit, allowWords }) {
    const raw = cells[H.value];
    const typed = typeof raw === 'number' ? raw : text(raw).normalize('NFKC');
    if (typeof typed === 'number' || /\d/.test(typed))
      return numberCell(typed, H.value, problems, unit) ?? 'pending';
    if (PENDING_WORDS.has(typed.toLowerCase())) return 'pending';
    const [zh, en] = [text(raw), text(cells[H.valueEn])];
    if (!allowWords)
      problems.push({
        column: H.value,
        zh: `“${zh}” 不是数字：该项规划目标是数值，填报值只能填数字；还没有数据请留空（待填报）`,
        en: `"${zh}" is not a number: this item's plan target is a figure, so the value must be one; leave it empty while pending`,
      });
    else if (!en)
      problems.push({
        column: H.valueEn,
        zh: `填报值“${zh}”是文字，需要英文译文`,
        en: `the value "${zh}" is in words: give its English`,
      });
    return { zh, en };
  },
  write(v) {
    const value = v as IndicatorValue['value'] | undefined;
    return {
      [H.value]:
        value === undefined || value === 'pending'
          ? undefined
          : typeof value === 'number'
            ? value
            : value.zh,
      [H.valueEn]: typeof value === 'object' ? value.en : undefined,
    };
  },
};

const asOfField: Field = {
  key: 'asOf',
  sections: ALL,
  columns: [{ header: H.asOf, width: 11 }],
  paths: { asOf: H.asOf },
  open: {
    fields: [
      {
        name: 'as_of',
        type: 'string',
        description: 'Date the value refers to (YYYY, YYYY-MM or YYYY-MM-DD)',
      },
    ],
    cells: (v) => ({ as_of: (v as string | undefined) ?? null }),
  },
  read: (cells) => dateText(cells[H.asOf]) || undefined,
  write: (v) => ({ [H.asOf]: v as string | undefined }),
};

const sourceField: Field = {
  key: 'source',
  sections: ALL,
  columns: [
    { header: H.sourceTitle, width: 28 },
    { header: H.sourceUrl, width: 30 },
  ],
  paths: { source: H.sourceTitle, 'source.title': H.sourceTitle, 'source.url': H.sourceUrl },
  open: {
    fields: [
      { name: 'source_title', type: 'string', description: 'Source of the value' },
      { name: 'source_url', type: 'string', description: 'Web address of the source' },
    ],
    cells: (v) => ({
      source_title: (v as Source | undefined)?.title ?? null,
      source_url: (v as Source | undefined)?.url ?? null,
    }),
  },
  read: (cells, problems) => sourceCells(cells, H.sourceTitle, H.sourceUrl, problems),
  write: (v) => ({
    [H.sourceTitle]: (v as Source | undefined)?.title,
    [H.sourceUrl]: (v as Source | undefined)?.url,
  }),
};

/** "Checked, it is right" for a figure far from the baseline and the target: only 是 is recorded. */
const confirmedField: Field = {
  key: 'confirmed',
  sections: VALUES,
  columns: [{ header: H.confirm, width: 9, list: Object.keys(YES_NO) }],
  paths: { confirmed: H.confirm },
  read: (cells, problems) =>
    choiceCell(YES_NO, cells[H.confirm], H.confirm, problems) ? true : undefined,
  write: (v) => ({ [H.confirm]: v ? '是' : undefined }),
};

/** Every field staff fill in, in the order of the columns. */
export const FIELDS: readonly Field[] = [
  choiceField('status', ['projects'], H.progress, 10, PROGRESS, 'pending'),
  valueField,
  asOfField,
  sourceField,
  pairField(
    'note',
    ALL,
    H.note,
    H.noteEn,
    openText('note', { zh: '说明', en: 'Note on the value' }),
  ),
  confirmedField,
  assignedTargetField,
  choiceField('status', VALUES, H.status, 12, STATUS),
  choiceField('override', VALUES, H.override, 9, YES_NO),
  pairField(
    'reason',
    VALUES,
    H.reason,
    H.reasonEn,
    openText('status_reason', { zh: '判定理由', en: 'Reason for a status the bureau set' }),
  ),
];

/** The fields published in the open data of reported values, in column order. */
export const openFields = () =>
  FIELDS.filter((f): f is Field & { open: NonNullable<Field['open']> } => f.open !== undefined);

/** The fields of one sheet, in column order. */
export const fieldsOf = (section: Section) => FIELDS.filter((f) => f.sections.includes(section));
