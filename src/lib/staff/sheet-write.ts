/** A report's values as the rows of its spreadsheet, in plan order (npm run report:template). Pure. */
import { refLabel } from '../plan/ref-label.ts';
import {
  COMPARATOR,
  H,
  PROGRESS,
  restatedNote,
  restates,
  STATUS,
  type Cell,
  type PlanItems,
  type Section,
  type ValueItem,
  type Values,
} from './sheet-layout.ts';

/** The 规划段落 column in words (第五章第一节第1段), for staff who look the paragraph up. */
const placeInPlan = (id: string) => refLabel(id, 'zh') ?? id;

/** A row of a sheet: its cells by header, and whether its fill-in cells are open (false: the figure comes from elsewhere). */
export interface RowModel {
  cells: Record<string, Cell>;
  open: boolean;
  closed?: string[];
}

const key = <T extends string>(map: Record<string, T>, value: T | undefined) =>
  value === undefined ? undefined : Object.keys(map).find((k) => map[k] === value);

function valueCells(v: ValueItem | undefined): Record<string, Cell> {
  if (!v) return {};
  return {
    [H.value]:
      v.value === 'pending' ? undefined : typeof v.value === 'number' ? v.value : v.value.zh,
    [H.valueEn]: typeof v.value === 'object' ? v.value.en : undefined,
    [H.asOf]: v.asOf,
    [H.sourceTitle]: v.source?.title,
    [H.sourceUrl]: v.source?.url,
    [H.note]: v.note?.zh,
    [H.noteEn]: v.note?.en,
    [H.confirm]: v.confirmed ? '是' : undefined,
    [H.status]: key(STATUS, v.status),
    [H.override]: v.override === undefined ? undefined : v.override ? '是' : '否',
    [H.reason]: v.reason?.zh,
    [H.reasonEn]: v.reason?.en,
  };
}

/** The rows of each sheet for a report's current values, in plan order. */
export function sheetRows(plan: PlanItems, values: Values): Record<Section, RowModel[]> {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [ind, tar, pro] = [byId(values.indicators), byId(values.targets), byId(values.projects)];
  const ASSIGNED = [H.assignedComparator, H.assignedValue, H.assignedSource, H.assignedSourceUrl];
  return {
    indicators: plan.indicators.map((i) => {
      const v = ind.get(i.id);
      return {
        open: true,
        closed: i.worded ? [] : ASSIGNED,
        cells: {
          [H.id]: i.id,
          [H.number]: i.number,
          [H.name]: i.name.zh,
          [H.unit]: i.unitName ?? i.unit ?? '',
          [H.type]: i.type === 'binding' ? '约束性' : '预期性',
          [H.baseline]: i.baseline,
          [H.target]: i.target,
          [H.paragraph]: i.paragraphs.map(placeInPlan).join('、'),
          ...valueCells(v),
          [H.assignedComparator]: key(COMPARATOR, v?.assignedTarget?.comparator),
          [H.assignedValue]: v?.assignedTarget?.value,
          [H.assignedSource]: v?.assignedTarget?.source.title,
          [H.assignedSourceUrl]: v?.assignedTarget?.source.url,
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
        ...(restates(t) === undefined ? valueCells(tar.get(t.id)) : { [H.note]: restatedNote(t) }),
      },
    })),
    projects: plan.projects.map((p) => {
      const v = pro.get(p.id);
      return {
        open: true,
        cells: {
          [H.id]: p.id,
          [H.name]: p.name.zh,
          [H.box]: p.box,
          [H.paragraph]: placeInPlan(p.paragraph),
          [H.progress]: key(PROGRESS, v?.status ?? 'pending'),
          [H.asOf]: v?.asOf,
          [H.sourceTitle]: v?.source?.title,
          [H.sourceUrl]: v?.source?.url,
          [H.note]: v?.note?.zh,
          [H.noteEn]: v?.note?.en,
        },
      };
    }),
  };
}
