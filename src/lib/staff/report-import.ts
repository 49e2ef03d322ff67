/**
 * Importing a filled-in report spreadsheet (or CSV) into a report's values: every row checked
 * with the same schema and plausibility rules as values.yml, errors named by sheet, row and
 * column. All or nothing: the caller writes only when there is no problem at all.
 */
import { DataError, issueZh } from '../core/records.ts';
import { COLUMNS, restates, type PlanItems, type Values } from './sheet-layout.ts';
import { H, type Cell, type Section } from './sheet-words.ts';
import { cellMessage, columnOf, rowToItem } from './sheet-read.ts';
import {
  indicatorValueSchema,
  plausibilityProblems,
  projectProgressSchema,
  targetValueSchema,
  validateReport,
  type ReportMeta,
  type ReportRefs,
  type ReportValues,
} from '../../schemas/report.ts';

export interface ImportedSheet {
  sheet: string;
  section: Section;
  rows: { row: number; cells: Record<string, Cell> }[];
}

const blank = (c: Cell) => c === undefined || c === null || String(c).trim() === '';

/** The report's values with the imported rows applied, or every problem found (nothing partial). */
export function importSheets(input: {
  folder: string;
  sheets: ImportedSheet[];
  plan: PlanItems;
  values: Values;
  meta: unknown;
  refs: ReportRefs;
}): { values: Values } | { problems: string[] } {
  const { sheets, plan, refs } = input;
  const problems: string[] = [];
  // Targets that restate an indicator are not typed: they take its figure (src/schemas/report.ts).
  const current: Values = {
    ...input.values,
    targets: input.values.targets.filter(
      (t) => !refs.targetGoals.get(t.id)?.indicator && !refs.targetGoals.get(t.id)?.sameAs,
    ),
  };
  const next: Values = {
    indicators: [...current.indicators],
    targets: [...current.targets],
    projects: [...current.projects],
  };
  const where = new Map<string, { sheet: string; row: number }>();
  const schemas = {
    indicators: indicatorValueSchema(refs),
    targets: targetValueSchema(refs),
    projects: projectProgressSchema(refs),
  };
  type Known = {
    name: string;
    restated?: ReturnType<typeof restates>;
    unit?: string | undefined;
    allowWords?: boolean;
  };
  const known: Record<Section, Map<string, Known>> = {
    indicators: new Map(
      plan.indicators.map((i) => [
        i.id,
        { name: i.name.zh, unit: i.unitName ?? i.unit, allowWords: i.worded },
      ]),
    ),
    targets: new Map(
      plan.targets.map((t) => [
        t.id,
        {
          name: t.metric.zh,
          restated: restates(t),
          unit: t.unitName ?? t.unit,
          allowWords: !/\d/.test(t.target),
        },
      ]),
    ),
    projects: new Map(plan.projects.map((p) => [p.id, { name: p.name.zh }])),
  };
  for (const { sheet, section, rows } of sheets) {
    const fillColumns = COLUMNS[section].filter((c) => c.fill).map((c) => c.header);
    for (const { row, cells } of rows) {
      if (Object.values(cells).every(blank)) continue;
      const say = (column: string, zh: string, en: string) =>
        problems.push(
          cellMessage(
            sheet,
            row,
            { column, zh, en },
            known[section].get(String(cells[H.id] ?? '').trim())?.name,
          ),
        );
      const id = String(cells[H.id] ?? '').trim();
      if (!id) {
        say(
          H.id,
          '编号为空(请勿删除或改动编号列)',
          'the id is empty (do not delete or change the id column)',
        );
        continue;
      }
      const plan = known[section].get(id);
      if (!plan) {
        say(
          H.id,
          `“${id}” 不是本表的编号(请用 npm run report:template 生成的表格)`,
          `"${id}" is not an id of this sheet (use the sheet npm run report:template writes)`,
        );
        continue;
      }
      const key = `${section}:${id}`;
      if (where.has(key)) {
        say(
          H.id,
          `“${id}” 重复(已在第${where.get(key)!.row}行)`,
          `"${id}" appears twice (also row ${where.get(key)!.row})`,
        );
        continue;
      }
      where.set(key, { sheet, row });
      if (plan.restated) {
        const { kind, id: from } = plan.restated;
        const typed = fillColumns.filter((h) => h !== H.note && h !== H.noteEn && !blank(cells[h]));
        for (const h of typed)
          say(
            h,
            `此目标即${kind} ${from},数值取自该项,请在“${kind}”表该行填写`,
            `this target restates ${kind === '指标' ? 'indicator' : 'target'} ${from} and takes its figure: fill it in there (sheet ${kind})`,
          );
        continue;
      }
      const parsed = rowToItem(section, cells, {
        unit: plan.unit,
        allowWords: plan.allowWords ?? false,
      });
      // Every problem of the row at once: the cells', then the rules' on what could be read.
      const reported = new Set(parsed.problems.map((p) => p.column));
      for (const p of parsed.problems) problems.push(cellMessage(sheet, row, p, plan.name));
      const result = schemas[section].safeParse(parsed.item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = columnOf(section, issue.path.map(String).join('.'));
          if (!reported.has(column)) say(column, issueZh(issue) ?? '填写有误', issue.message);
        }
        continue;
      }
      const list = next[section] as { id: string }[];
      const at = list.findIndex((x) => x.id === id);
      if (at >= 0) list[at] = parsed.item;
      else list.push(parsed.item);
    }
  }
  // Plausibility of every row that parsed, with the same rules as values.yml, reported at the row and column.
  let meta: ReportMeta | undefined;
  try {
    meta = validateReport(input.folder, input.meta, current, refs).meta;
  } catch (error) {
    if (error instanceof DataError) return { problems: error.problems };
    throw error;
  }
  const sectionOf = { indicator: 'indicators', target: 'targets', project: 'projects' } as const;
  for (const { kind, id, problem } of plausibilityProblems(
    meta,
    next as unknown as ReportValues,
    refs,
  )) {
    const at = kind === 'report' ? undefined : where.get(`${sectionOf[kind]}:${id}`);
    if (at && kind !== 'report')
      problems.push(
        cellMessage(
          at.sheet,
          at.row,
          { column: columnOf(sectionOf[kind], problem.field), zh: problem.zh, en: problem.en },
          known[sectionOf[kind]].get(id)?.name,
        ),
      );
    else
      problems.push(
        `${input.folder}/${kind === 'report' ? 'report.yml' : 'values.yml'}: ${kind === 'report' ? '' : `${kind} "${id}", `}field "${problem.field}": ${problem.zh} / ${problem.en}`,
      );
  }
  if (problems.length > 0) return { problems };
  // The whole report once more, exactly as check and the build will see it.
  try {
    validateReport(input.folder, input.meta, next, refs);
  } catch (error) {
    if (error instanceof DataError) return { problems: error.problems };
    throw error;
  }
  return { values: next };
}
