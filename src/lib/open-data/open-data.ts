/**
 * The open-data files: flat rows, their Frictionless table schemas, CSV (UTF-8 with BOM, so
 * spreadsheet programs used in China read it right) and the datapackage.json descriptor. Pure.
 */
import { stringify } from 'csv-stringify/sync';
import type { IndicatorRow, CategoryRow } from '../registers/indicators.ts';
import type { ProjectRecord, TargetRecord } from '../../schemas/plan-data.ts';
import { BASELINE_YEAR, PLAN_YEARS, TARGET_YEAR } from '../plan/plan-period.ts';

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
      { name: 'category_zh', type: 'string', description: '指标类别' },
      { name: 'category_en', type: 'string', description: 'Category' },
      { name: 'name_zh', type: 'string', description: '指标名称', required: true },
      { name: 'name_en', type: 'string', description: 'Indicator name', required: true },
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
      { name: 'baseline_text_zh', type: 'string', description: '现状值(文字表述)' },
      { name: 'baseline_text_en', type: 'string', description: 'Baseline wording' },
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
      { name: 'target_text_zh', type: 'string', description: '目标值(文字表述)' },
      { name: 'target_text_en', type: 'string', description: 'Target wording' },
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
        category_zh: cat.get(i.category)?.zh ?? null,
        category_en: cat.get(i.category)?.en ?? null,
        name_zh: i.name.zh,
        name_en: i.name.en,
        unit: i.unit ?? null,
        type: i.type,
        baseline: i.baseline?.value ?? null,
        baseline_as_of: i.baseline?.asOf ?? null,
        baseline_text_zh: i.baseline?.text?.zh ?? null,
        baseline_text_en: i.baseline?.text?.en ?? null,
        target: i.target?.value ?? null,
        target_approx: i.target?.value !== undefined ? Boolean(i.target.approx) : null,
        target_text_zh: i.target?.text?.zh ?? null,
        target_text_en: i.target?.text?.en ?? null,
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
      { name: 'metric_zh', type: 'string', description: '指标', required: true },
      { name: 'metric_en', type: 'string', description: 'Metric', required: true },
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
      { name: 'sentence_zh', type: 'string', description: '原文', required: true },
      { name: 'sentence_en', type: 'string', description: 'Wording (translation)', required: true },
    ],
    rows: targets.map((t) => ({
      id: t.id,
      chapter: t.chapter,
      paragraph: t.paragraph,
      metric_zh: t.metric.zh,
      metric_en: t.metric.en,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      deadline: t.deadline,
      indicator: t.indicator,
      sentence_zh: t.sentence.zh,
      sentence_en: t.sentence.en,
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
      { name: 'name_zh', type: 'string', description: '名称', required: true },
      { name: 'name_en', type: 'string', description: 'Name (translation)', required: true },
      { name: 'kind', type: 'string', description: 'named or work-item', required: true },
      { name: 'places', type: 'string', description: 'County/city ids, separated by semicolons' },
    ],
    rows: projects.map((p) => ({
      id: p.id,
      chapter: p.chapter,
      box: p.box,
      item: p.item,
      paragraph: p.paragraph,
      name_zh: p.name.zh,
      name_en: p.name.en,
      kind: p.kind,
      places: p.places.join(';'),
    })),
  };
}
