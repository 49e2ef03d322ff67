/**
 * The report spreadsheet (npm run report:template / report:import): its sheets' columns (the
 * plan's, then the fields of report-fields.ts) and what the plan says of each item. How a values.yml item becomes a row is in sheet-write.ts, how a
 * row becomes an item again in sheet-read.ts. Pure: no file access and no spreadsheet library
 * here (scripts/ does the reading and writing with exceljs).
 */
import type { Bilingual as Words } from '../../schemas/plan-data.ts';
import type { IndicatorValue, ProjectProgress } from '../../schemas/report.ts';
import { fieldsOf } from './report-fields.ts';
import { H, type Section } from './sheet-words.ts';

export interface Column {
  header: string;
  width: number;
  /** Staff fill it in (the plan's columns are locked). */
  fill: boolean;
  list?: string[] | undefined;
  numeric?: boolean | undefined;
}

const planColumn = (header: string, width: number): Column => ({ header, width, fill: false });
/** The plan's columns of each sheet, locked, prefilled from the plan. */
const PLAN_COLUMNS: Record<Section, Column[]> = {
  indicators: [
    planColumn(H.id, 30),
    planColumn(H.number, 6),
    planColumn(H.name, 40),
    planColumn(H.unit, 8),
    planColumn(H.type, 10),
    planColumn(H.baseline, 14),
    planColumn(H.target, 24),
    planColumn(H.paragraph, 24),
  ],
  targets: [
    planColumn(H.id, 36),
    planColumn(H.name, 40),
    planColumn(H.unit, 8),
    planColumn(H.target, 14),
    planColumn(H.deadline, 6),
    planColumn(H.plan, 48),
    planColumn(H.paragraph, 12),
  ],
  projects: [
    planColumn(H.id, 40),
    planColumn(H.name, 40),
    planColumn(H.box, 8),
    planColumn(H.paragraph, 12),
  ],
};

const sections: Section[] = ['indicators', 'targets', 'projects'];
/** The columns of each sheet, in order: the plan's (locked) first, then the fields staff fill in (report-fields.ts). */
export const COLUMNS = Object.fromEntries(
  sections.map((s) => [
    s,
    [
      ...PLAN_COLUMNS[s],
      ...fieldsOf(s).flatMap((f) => f.columns.map((c) => ({ ...c, fill: true }))),
    ],
  ]),
) as Record<Section, Column[]>;

/** What the plan says of each item, to prefill the locked columns. */
export interface PlanItems {
  indicators: {
    id: string;
    number: number;
    name: Words;
    unit?: string | undefined;
    /** The unit as staff read it (吨/日, not t/d). */
    unitName?: string | undefined;
    type: 'binding' | 'anticipatory';
    baseline: string;
    target: string;
    paragraphs: string[];
    worded: boolean;
  }[];
  targets: {
    id: string;
    metric: Words;
    unit: string;
    unitName?: string | undefined;
    target: string;
    deadline: number;
    sentence: Words;
    paragraph: string;
    indicator: string | null;
    sameAs: string | null;
  }[];
  projects: { id: string; name: Words; box: string; paragraph: string }[];
}

/** A reported indicator or target value (the schema's shape; a target has no assigned target). */
export type ValueItem = IndicatorValue;
/** A project's reported progress (the schema's shape). */
export type ProjectItem = ProjectProgress;
export interface Values {
  indicators: ValueItem[];
  targets: ValueItem[];
  projects: ProjectItem[];
}

/** What a target restates (an indicator, or the same target stated elsewhere), whose figure it takes. */
export const restates = (t: { indicator: string | null; sameAs: string | null }) =>
  t.indicator
    ? { kind: '指标' as const, id: t.indicator }
    : t.sameAs
      ? { kind: '量化目标' as const, id: t.sameAs }
      : undefined;

/** The note on a target row that takes another item's figure. */
export function restatedNote(t: { indicator: string | null; sameAs: string | null }): string {
  const r = restates(t)!;
  return `取${r.kind}“${r.id}”的填报值,无需再填 / takes the figure of ${r.kind === '指标' ? 'indicator' : 'target'} ${r.id}`;
}
