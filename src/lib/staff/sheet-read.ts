/**
 * A row of the report spreadsheet as a values.yml item, or the problems of its cells, each in
 * words staff know (npm run report:import). The fields and their cells are report-fields.ts's. Pure.
 */
import { fieldsOf, type RowRules } from './report-fields.ts';
import type { CellProblem } from './sheet-values.ts';
import { text } from './sheet-cells.ts';
import { H, type Cell, type Section } from './sheet-words.ts';
import type { ProjectItem, ValueItem } from './sheet-layout.ts';

export type { CellProblem } from './sheet-values.ts';
export type { RowRules } from './report-fields.ts';
export { dateText } from './sheet-cells.ts';

type ItemOf<S extends Section> = S extends 'projects' ? ProjectItem : ValueItem;

/**
 * A row of a sheet as a values.yml item (fields in column order, empty ones left out) and the
 * problems of its cells. The item is checked against the plan by the schema afterwards.
 */
export function rowToItem<S extends Section>(
  section: S,
  cells: Record<string, Cell>,
  rules: RowRules = { allowWords: false },
): { item: ItemOf<S>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const item: Record<string, unknown> = { id: text(cells[H.id]) };
  for (const field of fieldsOf(section)) {
    const value = field.read(cells, problems, rules);
    if (value !== undefined) item[field.key] = value;
  }
  return { item: item as ItemOf<S>, problems };
}

/** The column a values.yml field (a schema path such as "source.url" or "note[0]") is typed in. */
export function columnOf(section: Section, path: string): string {
  const p = path.replace(/\[\d+\]/g, '');
  if (p === 'id') return H.id;
  if (p === 'unit') return H.unit;
  for (const field of fieldsOf(section)) if (p in field.paths) return field.paths[p]!;
  return p;
}

/**
 * "指标 第7行（森林覆盖率(%)）“填报值”: 150 超出 0–100(单位 %) / sheet 指标 row 7 column 填报值: …":
 * the item's name as staff know it, where the row names one.
 */
export function cellMessage(sheet: string, row: number, p: CellProblem, name?: string): string {
  return `${sheet} 第${row}行${name ? `（${name}）` : ''} “${p.column}”: ${p.zh} / sheet ${sheet} row ${row}${name ? ` (${name})` : ''} column ${p.column}: ${p.en}`;
}
