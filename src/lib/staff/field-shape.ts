/** What a field of the staff spreadsheet is (src/lib/staff/report-fields.ts lists them). Pure. */
import {
  textCells,
  textFields,
  type Field as DataField,
  type Row,
} from '../open-data/open-data.ts';
import type { Bilingual } from '../../schemas/plan-data.ts';
import type { CellProblem } from './sheet-values.ts';
import type { Cell, Section } from './sheet-words.ts';

export interface FieldColumn {
  header: string;
  width: number;
  list?: string[] | undefined;
  numeric?: boolean;
}

/** What the row's item allows: its unit, and whether its value may be in words. */
export interface RowRules {
  unit?: string | undefined;
  /** Only an item whose plan target is itself in words may be reported in words. */
  allowWords: boolean;
}

export interface Field {
  /** The key in values.yml. */
  key: string;
  sections: readonly Section[];
  columns: FieldColumn[];
  /** Each values.yml path of the field (as the schema names it in a problem) → the column it is typed in. */
  paths: Record<string, string>;
  /** The field from the row's cells (undefined: left empty), adding the problems of its cells. */
  read(cells: Record<string, Cell>, problems: CellProblem[], rules: RowRules): unknown;
  /** The row's cells for the field's value in values.yml. */
  write(value: unknown): Record<string, Cell>;
  /** How the field is published in the open data of reported values: its columns, and their cells from the field's value. Absent: not published. */
  open?: { fields: DataField[]; cells(value: unknown): Row } | undefined;
}

/** A text given in each language, published as one column per complete language (note_zh, note_en …). */
export const openText = (
  column: string,
  description: { zh: string; en: string },
): Field['open'] => ({
  fields: textFields(column, description),
  cells: (v) => textCells(column, v as Bilingual | undefined),
});
