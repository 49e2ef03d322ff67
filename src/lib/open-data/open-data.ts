/**
 * The open-data files: flat rows, their Frictionless table schemas, CSV (UTF-8 with BOM, so
 * spreadsheet programs used in China read it right) and the datapackage.json descriptor. Pure.
 */
import { stringify } from 'csv-stringify/sync';
import type { IndicatorRow, CategoryRow } from '../registers/indicators.ts';
import type { ProjectRecord, TargetRecord } from '../../schemas/plan-data.ts';
import { BASELINE_YEAR, PLAN_YEARS, TARGET_YEAR } from '../plan/plan-period.ts';
import { completeLocales, type Locale } from '../../i18n/locales.ts';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
}
export type Row = Record<string, string | number | boolean | null>;

export interface Dataset {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string | string[];
  rows: Row[];
}

const BOM = '\uFEFF';

/** One column per complete language (src/i18n/locales.ts) for a text given in each: name_zh, name_en … */
export function textFields(
  name: string,
  description: Partial<Record<Locale, string>> & { en: string },
  required = false,
): Field[] {
  return completeLocales.map((l) => ({
    name: `${name}_${l}`,
    type: 'string' as const,
    description: description[l] ?? description.en,
    ...(required ? { required: true } : {}),
  }));
}

/** The cells of a text's columns (textFields): each complete language's text, or empty. */
export function textCells(name: string, text: Partial<Record<Locale, string>> | undefined): Row {
  return Object.fromEntries(completeLocales.map((l) => [`${name}_${l}`, text?.[l] ?? null]));
}

/** What a spreadsheet program reads as the start of a formula (or a hidden one, after a tab or CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as written into CSV: one that a spreadsheet would run as a formula (`=HYPERLINK(…)`,
 * `+1`, `-2+3`, `@SUM(…)`) gets a leading `'`, as OWASP recommends, so Excel and WPS show it as
 * text. Number, integer and boolean fields are written as they are: -3.5 stays a number.
 */
export function csvCell(value: Row[string] | undefined, type: FieldType): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return type === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** CSV text with a byte-order mark and a header of the schema's field names; text cells neutralised. */
export function toCsv(dataset: Dataset): string {
  const names = dataset.fields.map((f) => f.name);
  const rows = dataset.rows.map((r) => dataset.fields.map((f) => csvCell(r[f.name], f.type)));
  return BOM + stringify([names, ...rows], { record_delimiter: '\r\n' });
}

/** JSON text: the same rows as the CSV, with their types (text as written: JSON runs no formulas). */
export function toJson(dataset: Dataset): string {
  return `${JSON.stringify({ name: dataset.name, title: dataset.title, fields: dataset.fields.map((f) => f.name), data: dataset.rows }, null, 2)}\n`;
}

/** The Frictionless Data Package descriptor for the datasets' CSV and JSON files. */
export function dataPackage(
  datasets: Dataset[],
  meta: {
    title: string;
    description: string;
    source: string;
    licence: { name: string; title: string; path?: string };
  },
) {
  return {
    profile: 'tabular-data-package',
    name: `qiandongnan-eco-plan-${PLAN_YEARS.first}-${PLAN_YEARS.last}`,
    title: meta.title,
    description: meta.description,
    licenses: [meta.licence],
    sources: [{ title: meta.source }],
    resources: datasets.map((d) => ({
      profile: 'tabular-data-resource',
      name: d.name,
      path: `${d.name}.csv`,
      title: d.title,
      description: `${d.description} Also as JSON: ${d.name}.json.`,
      format: 'csv',
      mediatype: 'text/csv',
      // The standard name; the file starts with a byte-order mark, which UTF-8 readers skip.
      encoding: 'utf-8',
      schema: {
        fields: d.fields.map((f) => ({
          name: f.name,
          type: f.type,
          description: f.description,
          ...(f.required ? { constraints: { required: true } } : {}),
        })),
        primaryKey: d.primaryKey,
      },
    })),
  };
}

/** Table 2-1 as a dataset: one row per indicator, with `baseline` and `target` fields. */
export function indicatorDataset(
  indicators: (IndicatorRow & { paragraphs: string[] })[],
  categories: CategoryRow[],
): Dataset {
  const cat = new Map(categories.map((c) => [c.id, c]));
  return {
    name: 'indicators',
    title: 'Table 2-1 indicators / 表2-1 指标',
    description: `The ${indicators.length} indicators of Table 2-1 of the plan: baseline (${BASELINE_YEAR} unless baseline_as_of says otherwise) and ${TARGET_YEAR} target; where the plan gives wording instead of a number, the number field is empty and the wording is in the _text fields.`,
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', description: 'Stable indicator id', required: true },
      { name: 'number', type: 'integer', description: 'Row number in Table 2-1', required: true },
      { name: 'category', type: 'string', description: 'Category id', required: true },
      ...textFields('category', { zh: '指标类别', en: 'Category' }),
      ...textFields('name', { zh: '指标名称', en: 'Indicator name' }, true),
      { name: 'unit', type: 'string', description: 'Unit as in the plan' },
      {
        name: 'type',
        type: 'string',
        description: 'binding (约束性) or anticipatory (预期性)',
        required: true,
      },
      {
        name: 'baseline',
        type: 'number',
        description: 'Baseline value (empty where the plan gives none or gives wording)',
      },
      {
        name: 'baseline_as_of',
        type: 'string',
        description: `Date of the baseline when not ${BASELINE_YEAR} (YYYY-MM)`,
      },
      ...textFields('baseline_text', { zh: '现状值(文字表述)', en: 'Baseline wording' }),
      {
        name: 'target',
        type: 'number',
        description: `${TARGET_YEAR} target value (empty where the plan gives wording)`,
      },
      {
        name: 'target_approx',
        type: 'boolean',
        description: 'True where the plan says 左右 (about)',
      },
      ...textFields('target_text', { zh: '目标值(文字表述)', en: 'Target wording' }),
      {
        name: 'paragraphs',
        type: 'string',
        description: 'Ids of the plan paragraphs on the indicator, space-separated',
      },
    ],
    rows: [...indicators]
      .sort((a, b) => a.number - b.number)
      .map((i) => ({
        id: i.id,
        number: i.number,
        category: i.category,
        ...textCells('category', cat.get(i.category)),
        ...textCells('name', i.name),
        unit: i.unit ?? null,
        type: i.type,
        baseline: i.baseline?.value ?? null,
        baseline_as_of: i.baseline?.asOf ?? null,
        ...textCells('baseline_text', i.baseline?.text),
        target: i.target?.value ?? null,
        target_approx: i.target?.value !== undefined ? Boolean(i.target.approx) : null,
        ...textCells('target_text', i.target?.text),
        paragraphs: i.paragraphs.join(' '),
      })),
  };
}

/** A target of the register (the schema's record) with its chapter. */
type TargetLike = Pick<
  TargetRecord,
  | 'id'
  | 'paragraph'
  | 'metric'
  | 'sentence'
  | 'comparator'
  | 'value'
  | 'unit'
  | 'deadline'
  | 'indicator'
> & { chapter: number };

/** The targets register as a dataset. */
export function targetDataset(targets: TargetLike[]): Dataset {
  return {
    name: 'targets',
    title: 'Quantitative targets / 量化目标',
    description:
      'Every quantitative commitment stated in the chapters of the plan, with the paragraph that states it.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', description: 'Stable target id', required: true },
      { name: 'chapter', type: 'integer', description: 'Chapter number', required: true },
      {
        name: 'paragraph',
        type: 'string',
        description: 'Id of the plan paragraph that states it',
        required: true,
      },
      ...textFields('metric', { zh: '指标', en: 'Metric' }, true),
      { name: 'comparator', type: 'string', description: '>=, <=, = or about', required: true },
      {
        name: 'value',
        type: 'number',
        description: 'Target value (万/亿 converted)',
        required: true,
      },
      { name: 'unit', type: 'string', description: 'Unit', required: true },
      { name: 'deadline', type: 'integer', description: 'Year by which', required: true },
      {
        name: 'indicator',
        type: 'string',
        description: 'Table 2-1 indicator id it restates, if any',
      },
      ...textFields('sentence', { zh: '原文', en: 'Wording (translation)' }, true),
    ],
    rows: targets.map((t) => ({
      id: t.id,
      chapter: t.chapter,
      paragraph: t.paragraph,
      ...textCells('metric', t.metric),
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      deadline: t.deadline,
      indicator: t.indicator,
      ...textCells('sentence', t.sentence),
    })),
  };
}

/** A project of the register (the schema's record) with its chapter. */
type ProjectLike = Pick<
  ProjectRecord,
  'id' | 'box' | 'item' | 'paragraph' | 'name' | 'kind' | 'places'
> & { chapter: number };

/** The projects register as a dataset. */
export function projectDataset(projects: ProjectLike[]): Dataset {
  return {
    name: 'projects',
    title: 'Key projects / 重点工程',
    description: 'The named projects and work items of the ten boxes (专栏) of the plan.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', description: 'Stable project id', required: true },
      { name: 'chapter', type: 'integer', description: 'Chapter number', required: true },
      { name: 'box', type: 'string', description: 'Box id (专栏)', required: true },
      { name: 'item', type: 'string', description: 'Id of the box item heading' },
      {
        name: 'paragraph',
        type: 'string',
        description: 'Id of the paragraph that names it',
        required: true,
      },
      ...textFields('name', { zh: '名称', en: 'Name (translation)' }, true),
      { name: 'kind', type: 'string', description: 'named or work-item', required: true },
      { name: 'places', type: 'string', description: 'County/city ids, separated by semicolons' },
    ],
    rows: projects.map((p) => ({
      id: p.id,
      chapter: p.chapter,
      box: p.box,
      item: p.item,
      paragraph: p.paragraph,
      ...textCells('name', p.name),
      kind: p.kind,
      places: p.places.join(';'),
    })),
  };
}
