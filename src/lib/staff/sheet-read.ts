/**
 * A row of the report spreadsheet as a values.yml item, or the problems of its cells, each in
 * words staff know (npm run report:import). Pure.
 */
import type { Bilingual } from '../../schemas/plan-data.ts';
import type { IndicatorValue } from '../../schemas/report.ts';
import { parseFigure, PENDING_WORDS, type CellProblem } from './sheet-values.ts';
import {
  COMPARATOR,
  H,
  PROGRESS,
  STATUS,
  type Cell,
  type ProjectItem,
  type Section,
  type ValueItem,
} from './sheet-layout.ts';

export type { CellProblem } from './sheet-values.ts';

type Words = Bilingual;
type Source = NonNullable<IndicatorValue['source']>;

const text = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

/** A date cell as YYYY, YYYY-MM or YYYY-MM-DD (a spreadsheet may have turned "2023-06" into a date). */
export function dateText(c: Cell): string {
  if (c instanceof Date) {
    const d = c.toISOString().slice(0, 10);
    return d.endsWith('-01') ? d.slice(0, 7) : d;
  }
  return text(c);
}

function pair(
  cells: Record<string, Cell>,
  zhCol: string,
  enCol: string,
  problems: CellProblem[],
): Words | undefined {
  const [zh, en] = [text(cells[zhCol]), text(cells[enCol])];
  if (!zh && !en) return undefined;
  if (!zh)
    problems.push({
      column: zhCol,
      zh: `缺少中文(已填“${enCol}”)`,
      en: `Chinese is missing (${enCol} is filled in)`,
    });
  if (!en)
    problems.push({
      column: enCol,
      zh: `缺少英文(已填“${zhCol}”)`,
      en: `English is missing (${zhCol} is filled in)`,
    });
  return { zh, en };
}

function source(
  cells: Record<string, Cell>,
  titleCol: string,
  urlCol: string,
  problems: CellProblem[],
): Source | undefined {
  const [title, url] = [text(cells[titleCol]), text(cells[urlCol])];
  if (!title && !url) return undefined;
  if (!title)
    problems.push({
      column: titleCol,
      zh: '有网址但缺少来源名称',
      en: 'a source address needs the source title',
    });
  return url ? { title, url } : { title };
}

function numberCell(
  c: Cell,
  column: string,
  problems: CellProblem[],
  unit?: string,
): number | undefined {
  const read = parseFigure(typeof c === 'number' ? c : text(c), column, unit);
  if ('problem' in read) problems.push(read.problem);
  return 'value' in read ? read.value : undefined;
}

function choice<T>(
  map: Record<string, T>,
  c: Cell,
  column: string,
  problems: CellProblem[],
  english: readonly string[] = [],
): T | undefined {
  const s = text(c);
  if (!s) return undefined;
  if (s in map) return map[s];
  if ((english as readonly string[]).includes(s)) return s as T;
  problems.push({
    column,
    zh: `“${s}” 不是可选值(可选:${Object.keys(map).join('、')})`,
    en: `"${s}" is not one of the choices (${Object.keys(map).join(', ')})`,
  });
  return undefined;
}

/** What the row's item allows: assigned-target columns (indicators), its unit, a value in words. */
export interface RowRules {
  withAssigned: boolean;
  unit?: string | undefined;
  /** Only an item whose plan target is itself in words may be reported in words. */
  allowWords: boolean;
}

/** A row of the 指标 or 量化目标 sheet as a values.yml item, or the problems of its cells. */
export function rowToValue(
  cells: Record<string, Cell>,
  rules: RowRules,
): { item: ValueItem; problems: CellProblem[] } {
  const { withAssigned, unit, allowWords } = rules;
  const problems: CellProblem[] = [];
  const id = text(cells[H.id]);
  const raw = cells[H.value];
  const typed = typeof raw === 'number' ? raw : text(raw).normalize('NFKC');
  let value: ValueItem['value'] = 'pending';
  if (typeof typed === 'number' || /\d/.test(typed))
    value = numberCell(typed, H.value, problems, unit) ?? 'pending';
  else if (!PENDING_WORDS.has(typed.toLowerCase())) {
    const s = text(raw);
    const en = text(cells[H.valueEn]);
    if (!allowWords)
      problems.push({
        column: H.value,
        zh: `“${s}” 不是数字：该项规划目标是数值，填报值只能填数字；还没有数据请留空（待填报）`,
        en: `"${s}" is not a number: this item's plan target is a figure, so the value must be one; leave it empty while pending`,
      });
    else if (!en)
      problems.push({
        column: H.valueEn,
        zh: `填报值“${s}”是文字，需要英文译文`,
        en: `the value "${s}" is in words: give its English`,
      });
    value = { zh: s, en };
  }
  const item: ValueItem = { id, value };
  const asOf = dateText(cells[H.asOf]);
  if (asOf) item.asOf = asOf;
  const src = source(cells, H.sourceTitle, H.sourceUrl, problems);
  if (src) item.source = src;
  const note = pair(cells, H.note, H.noteEn, problems);
  if (note) item.note = note;
  if (choice({ 是: true, 否: false }, cells[H.confirm], H.confirm, problems)) item.confirmed = true;
  if (withAssigned) {
    const filled = [H.assignedComparator, H.assignedValue, H.assignedSource].filter(
      (h) => text(cells[h]) !== '',
    );
    if (filled.length > 0) {
      const comparator = choice(
        COMPARATOR,
        cells[H.assignedComparator],
        H.assignedComparator,
        problems,
        ['>=', '<=', '=', 'about'],
      );
      const v =
        text(cells[H.assignedValue]) === ''
          ? undefined
          : numberCell(cells[H.assignedValue], H.assignedValue, problems, unit);
      const s = source(cells, H.assignedSource, H.assignedSourceUrl, problems);
      for (const [h, ok] of [
        [H.assignedComparator, comparator],
        [H.assignedValue, v],
        [H.assignedSource, s],
      ] as const) {
        if (ok === undefined && text(cells[h]) === '')
          problems.push({
            column: h,
            zh: '下达目标须同时填写比较符、目标值和来源',
            en: 'an assigned target needs its comparator, value and source',
          });
      }
      if (comparator && v !== undefined && s)
        item.assignedTarget = { comparator, value: v, source: s };
    }
  }
  const status = choice(STATUS, cells[H.status], H.status, problems, [
    'achieved',
    'on-track',
    'off-track',
    'not-assessable',
  ]);
  if (status) item.status = status;
  const override = choice({ 是: true, 否: false }, cells[H.override], H.override, problems);
  if (override !== undefined) item.override = override;
  const reason = pair(cells, H.reason, H.reasonEn, problems);
  if (reason) item.reason = reason;
  return { item, problems };
}

/** A row of the 重点工程 sheet as a values.yml item, or the problems of its cells. */
export function rowToProject(cells: Record<string, Cell>): {
  item: ProjectItem;
  problems: CellProblem[];
} {
  const problems: CellProblem[] = [];
  const item: ProjectItem = {
    id: text(cells[H.id]),
    status:
      choice(PROGRESS, cells[H.progress], H.progress, problems, [
        'completed',
        'in-progress',
        'not-started',
        'pending',
      ]) ?? 'pending',
  };
  const asOf = dateText(cells[H.asOf]);
  if (asOf) item.asOf = asOf;
  const src = source(cells, H.sourceTitle, H.sourceUrl, problems);
  if (src) item.source = src;
  const note = pair(cells, H.note, H.noteEn, problems);
  if (note) item.note = note;
  return { item, problems };
}

/** The column a values.yml field is typed in. */
export function columnOf(section: Section, field: string): string {
  const f = field.replace(/\[\d+\]/g, '');
  const map: Record<string, string> = {
    id: H.id,
    value: H.value,
    'value.zh': H.value,
    'value.en': H.valueEn,
    asOf: H.asOf,
    unit: H.unit,
    source: H.sourceTitle,
    'source.title': H.sourceTitle,
    'source.url': H.sourceUrl,
    note: H.note,
    'note.zh': H.note,
    'note.en': H.noteEn,
    confirmed: H.confirm,
    status: section === 'projects' ? H.progress : H.status,
    override: H.override,
    reason: H.reason,
    'reason.zh': H.reason,
    'reason.en': H.reasonEn,
    assignedTarget: H.assignedValue,
    'assignedTarget.comparator': H.assignedComparator,
    'assignedTarget.value': H.assignedValue,
    'assignedTarget.source': H.assignedSource,
    'assignedTarget.source.title': H.assignedSource,
    'assignedTarget.source.url': H.assignedSourceUrl,
  };
  return map[f] ?? f;
}

/** Chinese for the schema's messages about what a reported value needs. */
export function messageZh(en: string): string {
  const known: [RegExp, string][] = [
    [/^a reported value needs its source/, '已填报数值,需填写来源名称'],
    [/^a reported status needs its source/, '已填报进展,需填写来源名称'],
    [/needs the date it refers to/, '已填报,需填写数据时间(YYYY 或 YYYY-MM)'],
    [/^a status set by hand needs a written reason/, '人工判定状态需写明判定理由(中英文)'],
    [/^a value in words needs an explicit status/, '文字填报值需给出人工判定状态和理由'],
    [/^a pending value can only be not-assessable/, '待填报的项目只能判定为“无法评估”'],
    [
      /^the plan's target is/,
      '规划目标为文字表述:请填写下达目标(比较符、目标值、来源),或给出人工判定状态和理由',
    ],
    [/^unit must be/, '单位须与规划一致'],
    [
      /^the plan gives this indicator a numeric target/,
      '规划已给出数值目标,下达目标只用于目标为文字表述的指标',
    ],
    [/^asOf must be a date/, '数据时间须为日期(YYYY、YYYY-MM 或 YYYY-MM-DD)'],
    [/^unknown \w+ id/, '编号不在规划中'],
  ];
  return known.find(([re]) => re.test(en))?.[1] ?? '填写有误';
}

/**
 * "指标 第7行（森林覆盖率(%)）“填报值”: 150 超出 0–100(单位 %) / sheet 指标 row 7 column 填报值: …":
 * the item's name as staff know it, where the row names one.
 */
export function cellMessage(sheet: string, row: number, p: CellProblem, name?: string): string {
  return `${sheet} 第${row}行${name ? `（${name}）` : ''} “${p.column}”: ${p.zh} / sheet ${sheet} row ${row}${name ? ` (${name})` : ''} column ${p.column}: ${p.en}`;
}
