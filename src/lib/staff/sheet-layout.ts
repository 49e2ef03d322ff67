/**
 * The report spreadsheet (npm run report:template / report:import): its sheets and columns, and
 * what the plan says of each item. How a values.yml item becomes a row is in sheet-write.ts, how a
 * row becomes an item again in sheet-read.ts. Pure: no file access and no spreadsheet library
 * here (scripts/ does the reading and writing with exceljs).
 */
import type { Bilingual as Words } from '../../schemas/plan-data.ts';
import type { Comparator } from '../reports/status.ts';
import type {
  IndicatorValue,
  ProjectProgress,
  ProjectProgressStatus,
  ReportStatus,
} from '../../schemas/report.ts';

export type Cell = string | number | boolean | Date | null | undefined;

/** Header texts: tools and tests rely on them; never rename one. */
export const H = {
  id: '编号',
  number: '序号',
  name: '名称',
  unit: '单位',
  type: '属性',
  baseline: '基期值',
  target: '目标值',
  deadline: '期限',
  plan: '规划原文',
  paragraph: '规划段落',
  box: '专栏',
  value: '填报值',
  valueEn: '填报值(英文)',
  asOf: '数据时间',
  sourceTitle: '来源名称',
  sourceUrl: '来源网址',
  note: '说明',
  noteEn: '说明(英文)',
  confirm: '确认数值',
  progress: '进展',
  assignedComparator: '下达目标比较符',
  assignedValue: '下达目标值',
  assignedSource: '下达目标来源',
  assignedSourceUrl: '下达目标来源网址',
  status: '人工判定状态',
  override: '推翻规则',
  reason: '判定理由',
  reasonEn: '判定理由(英文)',
} as const;

export const SHEETS = {
  indicators: '指标',
  targets: '量化目标',
  projects: '重点工程',
  help: '说明',
} as const;
export type Section = 'indicators' | 'targets' | 'projects';

export const PROGRESS: Record<string, ProjectProgressStatus> = {
  已完成: 'completed',
  实施中: 'in-progress',
  未开工: 'not-started',
  待填报: 'pending',
};
export const STATUS: Record<string, ReportStatus> = {
  已实现: 'achieved',
  符合进度: 'on-track',
  滞后: 'off-track',
  无法评估: 'not-assessable',
};
export const COMPARATOR: Record<string, Comparator> = {
  '≥': '>=',
  '≤': '<=',
  '=': '=',
  约: 'about',
};
export const YES_NO = ['是', '否'];

export interface Column {
  header: string;
  width: number;
  fill: boolean;
  list?: string[] | undefined;
  numeric?: boolean;
}

const col = (header: string, width: number, fill = false, extra: Partial<Column> = {}): Column => ({
  header,
  width,
  fill,
  ...extra,
});
const VALUE_COLUMNS = [
  col(H.value, 14, true, { numeric: true }),
  col(H.valueEn, 16, true),
  col(H.asOf, 11, true),
  col(H.sourceTitle, 28, true),
  col(H.sourceUrl, 30, true),
  col(H.note, 24, true),
  col(H.noteEn, 24, true),
  col(H.confirm, 9, true, { list: YES_NO }),
];
const JUDGE_COLUMNS = [
  col(H.status, 12, true, { list: Object.keys(STATUS) }),
  col(H.override, 9, true, { list: YES_NO }),
  col(H.reason, 24, true),
  col(H.reasonEn, 24, true),
];

/** The columns of each sheet, in order: the plan's (locked) first, then those staff fill in. */
export const COLUMNS: Record<Section, Column[]> = {
  indicators: [
    col(H.id, 30),
    col(H.number, 6),
    col(H.name, 40),
    col(H.unit, 8),
    col(H.type, 10),
    col(H.baseline, 14),
    col(H.target, 24),
    col(H.paragraph, 24),
    ...VALUE_COLUMNS,
    col(H.assignedComparator, 10, true, { list: Object.keys(COMPARATOR) }),
    col(H.assignedValue, 10, true, { numeric: true }),
    col(H.assignedSource, 24, true),
    col(H.assignedSourceUrl, 24, true),
    ...JUDGE_COLUMNS,
  ],
  targets: [
    col(H.id, 36),
    col(H.name, 40),
    col(H.unit, 8),
    col(H.target, 14),
    col(H.deadline, 6),
    col(H.plan, 48),
    col(H.paragraph, 12),
    ...VALUE_COLUMNS,
    ...JUDGE_COLUMNS,
  ],
  projects: [
    col(H.id, 40),
    col(H.name, 40),
    col(H.box, 8),
    col(H.paragraph, 12),
    col(H.progress, 10, true, { list: Object.keys(PROGRESS) }),
    col(H.asOf, 11, true),
    col(H.sourceTitle, 28, true),
    col(H.sourceUrl, 30, true),
    col(H.note, 24, true),
    col(H.noteEn, 24, true),
  ],
};

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
