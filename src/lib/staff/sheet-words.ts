/**
 * The words of the report spreadsheet: its sheet names, column headers and the choices of its
 * drop-down cells, each with the value it stands for in values.yml. Staff, tools and tests rely on
 * these texts: never rename one. Pure.
 */
import type { Comparator } from '../reports/status.ts';
import type { ProjectProgressStatus, ReportStatus } from '../../schemas/report.ts';

export type Cell = string | number | boolean | Date | null | undefined;

/** Header texts. */
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
export const YES_NO: Record<string, boolean> = { 是: true, 否: false };

/** The word on the sheet for a value (已完成 for completed), or undefined. */
export const wordFor = <T>(choices: Record<string, T>, value: T | undefined): string | undefined =>
  value === undefined ? undefined : Object.keys(choices).find((k) => choices[k] === value);
