/** A report's values as the rows of its spreadsheet, in plan order (npm run report:template). Pure. */
import { refLabel } from '../plan/ref-label.ts';
import { fieldsOf } from './report-fields.ts';
import {
  restatedNote,
  restates,
  type PlanItems,
  type ProjectItem,
  type ValueItem,
  type Values,
} from './sheet-layout.ts';
import { H, type Cell, type Section } from './sheet-words.ts';

/** The 规划段落 column in words (第五章第一节第1段), for staff who look the paragraph up. */
const placeInPlan = (id: string) => refLabel(id, 'zh') ?? id;

/** A row of a sheet: its cells by header, and whether its fill-in cells are open (false: the figure comes from elsewhere). */
export interface RowModel {
  cells: Record<string, Cell>;
  open: boolean;
  closed?: string[];
}

/** The fill-in cells of a row for an item's values (none reported yet: the fields' empty cells). */
function fieldCells(
  section: Section,
  item: ValueItem | ProjectItem | undefined,
): Record<string, Cell> {
  const fields = item as Record<string, unknown> | undefined;
  return Object.assign({}, ...fieldsOf(section).map((f) => f.write(fields?.[f.key])));
}

/** The rows of each sheet for a report's current values, in plan order. */
export function sheetRows(plan: PlanItems, values: Values): Record<Section, RowModel[]> {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [ind, tar, pro] = [byId(values.indicators), byId(values.targets), byId(values.projects)];
  const assigned = fieldsOf('indicators')
    .filter((f) => f.key === 'assignedTarget')
    .flatMap((f) => f.columns.map((c) => c.header));
  return {
    indicators: plan.indicators.map((i) => {
      const v = ind.get(i.id);
      return {
        open: true,
        closed: i.worded ? [] : assigned,
        cells: {
          [H.id]: i.id,
          [H.number]: i.number,
          [H.name]: i.name.zh,
          [H.unit]: i.unitName ?? i.unit ?? '',
          [H.type]: i.type === 'binding' ? '约束性' : '预期性',
          [H.baseline]: i.baseline,
          [H.target]: i.target,
          [H.paragraph]: i.paragraphs.map(placeInPlan).join('、'),
          ...fieldCells('indicators', v),
        },
      };
    }),
    targets: plan.targets.map((t) => ({
      open: restates(t) === undefined,
      cells: {
        [H.id]: t.id,
        [H.name]: t.metric.zh,
        [H.unit]: t.unitName ?? t.unit,
        [H.target]: t.target,
        [H.deadline]: t.deadline,
        [H.plan]: t.sentence.zh,
        [H.paragraph]: placeInPlan(t.paragraph),
        ...(restates(t) === undefined
          ? fieldCells('targets', tar.get(t.id))
          : { [H.note]: restatedNote(t) }),
      },
    })),
    projects: plan.projects.map((p) => ({
      open: true,
      cells: {
        [H.id]: p.id,
        [H.name]: p.name.zh,
        [H.box]: p.box,
        [H.paragraph]: placeInPlan(p.paragraph),
        ...fieldCells('projects', pro.get(p.id)),
      },
    })),
  };
}
