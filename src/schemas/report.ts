/**
 * Evaluation reports: content/reports/<year>-<kind>/report.yml (what the report is) and
 * values.yml (every indicator, target and project: a value or "pending", with its source).
 */
import { z } from 'astro/zod';
import { bilingual, comparatorSchema } from './plan-data.ts';
import { fallbackOf, localeKeys, type Locale } from '../i18n/locales.ts';
import { DataError, validateRecords } from '../lib/core/records.ts';
import type { Refs } from './refs.ts';
import { PROJECT_STATUSES, STATUSES, type NumericGoal } from '../lib/reports/status.ts';
import {
  checkAsOf,
  checkNumber,
  checkPublished,
  checkMagnitude,
  checkStatus,
  checkUrl,
  isRealDate,
  type Problem,
} from '../lib/reports/plausibility.ts';
import {
  BASELINE_YEAR,
  PLAN_YEARS,
  PLAN_YEARS_TEXT,
  TARGET_YEAR,
} from '../lib/plan/plan-period.ts';

import { REPORT_KIND_IDS } from '../lib/reports/report-kinds.ts';

/** The kinds of report (declared in src/lib/reports/report-kinds.ts; exported here too for the scripts). */
export const REPORT_KINDS = REPORT_KIND_IDS;
/** The plan years (defined in src/lib/plan/plan-period.ts; exported here too for the scripts). */
export { PLAN_YEARS };

export const reportMetaSchema = z
  .object({
    year: z
      .number({ error: 'year must be a number' })
      .int()
      .min(PLAN_YEARS.first, `year must be within the plan (${PLAN_YEARS_TEXT})`)
      .max(PLAN_YEARS.last, `year must be within the plan (${PLAN_YEARS_TEXT})`),
    kind: z.enum(REPORT_KINDS, { error: `kind must be ${REPORT_KINDS.join(' or ')}` }),
    state: z.enum(['draft', 'published'], { error: 'state must be draft or published' }),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be a date (YYYY-MM-DD)')
      .nullable(),
    title: bilingual,
    /** 编制单位: who compiled the report, in the bureau's own words; null until staff give it (shown as 待填写). */
    compiledBy: bilingual.nullable().optional(),
    /** 编制日期: the date the report was compiled (YYYY-MM-DD); null until staff give it. */
    compiledOn: z
      .string()
      .refine(
        (d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isRealDate(d),
        'compiledOn must be a real date (YYYY-MM-DD)',
      )
      .nullable()
      .optional(),
    /** For a draft: when publication is expected (YYYY-MM or YYYY-MM-DD), shown on the "not yet published" page. */
    expected: z
      .string()
      .refine(
        (d) => isRealDate(d) && d.length >= 7,
        'expected must be a real date (YYYY-MM or YYYY-MM-DD)',
      )
      .nullable()
      .optional(),
  })
  .strict()
  .refine((m) => (m.state === 'published') === (m.published !== null), {
    path: ['published'],
    message: 'give the publication date exactly when state is published',
  })
  .refine((m) => m.state !== 'published' || (m.compiledBy && m.compiledOn), {
    path: ['compiledBy'],
    message:
      '发布的报告须写明编制单位（compiledBy）和编制日期（compiledOn） / a published report must say who compiled it (compiledBy) and when (compiledOn)',
  });

const source = z
  .object({
    title: z.string({ error: 'source title is missing' }).trim().min(1, 'source title is missing'),
    url: z.string({ error: 'source url must be a full address (https://…)' }).optional(),
  })
  .strict();

const date = z
  .string({ error: 'asOf must be a date (YYYY, YYYY-MM or YYYY-MM-DD), in quotes' })
  .refine((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d), {
    message: 'asOf must be a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    params: { zh: '数据时间须为日期(YYYY、YYYY-MM 或 YYYY-MM-DD)' },
  });
const PENDING = 'pending';
/** A status of an indicator or target (set by the rule, or by hand with a reason). */
export const statusSchema = z.enum(STATUSES, {
  error: 'status must be achieved, on-track, off-track or not-assessable',
});
const explicitStatus = statusSchema;
/** A project's progress. */
export const projectStatusSchema = z.enum(PROJECT_STATUSES, {
  error: 'status must be pending, not-started, in-progress or completed',
});

/** Fields shared by reported indicator and target values. */
const valueFields = {
  value: z.union([z.literal(PENDING), z.number(), bilingual], {
    error: 'value must be a number, "pending", or wording in zh and en',
  }),
  asOf: date.optional(),
  unit: z.string().optional(),
  source: source.optional(),
  note: bilingual.optional(),
  status: explicitStatus.optional(),
  reason: bilingual.optional(),
  /** The hand-set status deliberately differs from the rule's (the page says so). */
  override: z.boolean({ error: 'override must be true or false' }).optional(),
  /** A figure far from the baseline and the target was checked; the note says why it is right. */
  confirmed: z.literal(true, { error: 'confirmed can only be true' }).optional(),
};

type ValueRecord = {
  value: number | 'pending' | { zh: string; en: string };
  asOf?: string | undefined;
  source?: unknown;
  status?: string | undefined;
  reason?: unknown;
};

/** The checks every reported value must pass, whatever it reports on. */
function checkValue(v: ValueRecord, ctx: z.RefinementCtx) {
  const reported = v.value !== PENDING;
  if (reported && !v.source)
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: 'a reported value needs its source (title, and url where public)',
      params: { zh: '已填报数值,需填写来源名称' },
    });
  if (reported && !v.asOf)
    ctx.addIssue({
      code: 'custom',
      path: ['asOf'],
      message: 'a reported value needs the date it refers to (asOf)',
      params: { zh: '已填报,需填写数据时间(YYYY 或 YYYY-MM)' },
    });
  if (v.status && !v.reason)
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: 'a status set by hand needs a written reason (zh and en)',
      params: { zh: '人工判定状态需写明判定理由(中英文)' },
    });
  if (typeof v.value === 'object' && !v.status)
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'a value in words needs an explicit status with a reason',
      params: { zh: '文字填报值需给出人工判定状态和理由' },
    });
  if (!reported && v.status && v.status !== 'not-assessable')
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'a pending value can only be not-assessable',
      params: { zh: '待填报的项目只能判定为“无法评估”' },
    });
}

/** The unit a value must be in, when the report gives one. */
const checkUnit =
  (expected: string | undefined) => (v: { unit?: string | undefined }, ctx: z.RefinementCtx) => {
    if (v.unit !== undefined && v.unit !== expected)
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `unit must be "${expected ?? '(none)'}", as in the plan`,
        params: { zh: `单位须与规划一致(${expected ?? '无单位'})` },
      });
  };

export interface ReportRefs extends Refs {
  indicatorUnits: Map<string, string | undefined>;
  /** Indicators whose plan target is wording, not a number (达到国家及贵州省下达目标要求 …). */
  qualitativeTargets: Map<string, string>;
  targetUnits: Map<string, string>;
  /** What each indicator is judged by: its numeric plan target (if any) and baseline point. */
  indicatorGoals: Map<
    string,
    { goal?: NumericGoal | undefined; baseline?: { value: number; year: number } | undefined }
  >;
  /** Each target's goal, and the indicator it restates (its figure is that indicator's, typed once). */
  targetGoals: Map<string, { goal: NumericGoal; indicator: string | null; sameAs: string | null }>;
}

/** The shape of a reported indicator value (its checks against the plan: indicatorValueSchema). */
export const indicatorValueShape = z
  .object({
    id: z.string(),
    ...valueFields,
    assignedTarget: z
      .object({
        comparator: comparatorSchema,
        value: z.number({ error: 'assigned target value must be a number' }),
        source,
      })
      .strict()
      .optional(),
  })
  .strict();
/** The shape of a reported target value. */
export const targetValueShape = z.object({ id: z.string(), ...valueFields }).strict();
/** The shape of a project's reported progress. */
export const projectProgressShape = z
  .object({
    id: z.string(),
    status: projectStatusSchema,
    asOf: date.optional(),
    source: source.optional(),
    note: bilingual.optional(),
  })
  .strict();

export const indicatorValueSchema = (refs: ReportRefs) =>
  indicatorValueShape
    .extend({
      id: z.string().refine((id) => refs.indicators.has(id), {
        error: (i) => `unknown indicator id "${String(i.input)}"`,
        params: { zh: '编号不在规划中' },
      }),
    })
    .superRefine((v, ctx) => {
      checkValue(v, ctx);
      checkUnit(refs.indicatorUnits.get(v.id))(v, ctx);
      const wording = refs.qualitativeTargets.get(v.id);
      if (v.assignedTarget && !wording)
        ctx.addIssue({
          code: 'custom',
          path: ['assignedTarget'],
          message:
            'the plan gives this indicator a numeric target: an assigned target is only for targets the plan words ("达到国家及贵州省下达目标要求")',
          params: { zh: '规划已给出数值目标,下达目标只用于目标为文字表述的指标' },
        });
      if (typeof v.value === 'number' && wording && !v.assignedTarget && !v.status) {
        ctx.addIssue({
          code: 'custom',
          path: ['assignedTarget'],
          message: `the plan's target is "${wording}": record the target the province assigned (assignedTarget), or give status with a reason`,
          params: {
            zh: `规划目标为文字表述(${wording}):请填写下达目标(比较符、目标值、来源),或给出人工判定状态和理由`,
          },
        });
      }
    });

export const targetValueSchema = (refs: ReportRefs) =>
  targetValueShape
    .extend({
      id: z.string().refine((id) => refs.targets.has(id), {
        error: (i) => `unknown target id "${String(i.input)}"`,
        params: { zh: '编号不在规划中' },
      }),
    })
    .superRefine((v, ctx) => {
      checkValue(v, ctx);
      checkUnit(refs.targetUnits.get(v.id))(v, ctx);
    });

export const projectProgressSchema = (refs: ReportRefs) =>
  projectProgressShape
    .extend({
      id: z.string().refine((id) => refs.projects.has(id), {
        error: (i) => `unknown project id "${String(i.input)}"`,
        params: { zh: '编号不在规划中' },
      }),
    })
    .superRefine((p, ctx) => {
      if (p.status !== 'pending' && !p.source)
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: 'a reported status needs its source',
          params: { zh: '已填报进展,需填写来源名称' },
        });
      if (p.status !== 'pending' && !p.asOf)
        ctx.addIssue({
          code: 'custom',
          path: ['asOf'],
          message: 'a reported status needs the date it refers to (asOf)',
          params: { zh: '已填报进展,需填写数据时间(YYYY 或 YYYY-MM)' },
        });
    });

/** A validated report's values: every indicator, target (restated ones derived) and project. */
export const reportValuesShape = z
  .object({
    indicators: z.array(indicatorValueShape),
    targets: z.array(targetValueShape),
    projects: z.array(projectProgressShape),
  })
  .strict();
/** A validated report as the reports collection stores it (checked against the plan by its loader, validateReport). */
export const reportSchema = z
  .object({
    meta: reportMetaSchema,
    values: reportValuesShape,
    /** The bureau's text in each language: Markdown, checked by src/lib/staff/report-narrative.ts. */
    texts: z
      .object(
        Object.fromEntries(
          localeKeys.map((l) => [l, fallbackOf(l) ? z.string().optional() : z.string()]),
        ) as Record<Locale, z.ZodString>,
      )
      .strict(),
  })
  .strict();

export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueShape>;
export type TargetValue = z.infer<typeof targetValueShape>;
export type ProjectProgress = z.infer<typeof projectProgressShape>;
export type ReportValues = z.infer<typeof reportValuesShape>;
export type ReportStatus = z.infer<typeof statusSchema>;
export type ProjectProgressStatus = z.infer<typeof projectStatusSchema>;

/** Today's date (YYYY-MM-DD), the limit for a publication date. */
export const today = () => new Date().toISOString().slice(0, 10);

const say = (p: Problem) => `${p.zh} / ${p.en}`;

/** The plausibility rules (src/lib/reports/plausibility.ts) applied to validated values: problems as "field: message". */
export function plausibilityProblems(
  meta: ReportMeta,
  values: ReportValues,
  refs: ReportRefs,
  buildDate = today(),
): { kind: 'indicator' | 'target' | 'project' | 'report'; id: string; problem: Problem }[] {
  const out: {
    kind: 'indicator' | 'target' | 'project' | 'report';
    id: string;
    problem: Problem;
  }[] = [];
  const item = (
    kind: 'indicator' | 'target',
    v: IndicatorValue | TargetValue,
    unit: string | undefined,
    goal: NumericGoal | undefined,
    baseline: { value: number; year: number } | undefined,
  ) => {
    const add = (ps: Problem[]) => out.push(...ps.map((problem) => ({ kind, id: v.id, problem })));
    if (typeof v.value === 'number')
      add(checkNumber('value', v.value, unit, goal?.comparator === '<='));
    if (typeof v.value === 'number')
      add(checkMagnitude(v.value, [goal?.value, baseline?.value], v.confirmed, v.note));
    if (v.asOf) add(checkAsOf('asOf', v.asOf, meta.year, baseline?.year ?? BASELINE_YEAR));
    add(checkUrl('source.url', v.source?.url));
    add(checkStatus(v, goal, meta.year, baseline));
  };
  for (const v of values.indicators) {
    const { goal, baseline } = refs.indicatorGoals.get(v.id) ?? {};
    const assigned = v.assignedTarget
      ? {
          comparator: v.assignedTarget.comparator,
          value: v.assignedTarget.value,
          deadline: TARGET_YEAR,
        }
      : undefined;
    item('indicator', v, refs.indicatorUnits.get(v.id), goal ?? assigned, baseline);
    if (v.assignedTarget) {
      out.push(
        ...checkNumber(
          'assignedTarget.value',
          v.assignedTarget.value,
          refs.indicatorUnits.get(v.id),
        ).map((problem) => ({ kind: 'indicator' as const, id: v.id, problem })),
      );
      out.push(
        ...checkUrl('assignedTarget.source.url', v.assignedTarget.source.url).map((problem) => ({
          kind: 'indicator' as const,
          id: v.id,
          problem,
        })),
      );
    }
  }
  for (const v of values.targets) {
    const t = refs.targetGoals.get(v.id);
    if (t?.indicator || t?.sameAs) continue; // the figure of another item, checked there
    item('target', v, refs.targetUnits.get(v.id), t?.goal, undefined);
  }
  for (const p of values.projects) {
    if (p.asOf)
      out.push(
        ...checkAsOf('asOf', p.asOf, meta.year, BASELINE_YEAR).map((problem) => ({
          kind: 'project' as const,
          id: p.id,
          problem,
        })),
      );
    out.push(
      ...checkUrl('source.url', p.source?.url).map((problem) => ({
        kind: 'project' as const,
        id: p.id,
        problem,
      })),
    );
  }
  if (meta.published) {
    const dates = [...values.indicators, ...values.targets, ...values.projects]
      .flatMap((v) => (v.asOf ? [v.asOf] : []))
      .sort();
    out.push(
      ...checkPublished(meta.published, dates.at(-1), buildDate).map((problem) => ({
        kind: 'report' as const,
        id: '',
        problem,
      })),
    );
    const reported =
      [...values.indicators, ...values.targets].some((v) => v.value !== 'pending') ||
      values.projects.some((p) => p.status !== 'pending');
    if (!reported)
      out.push({
        kind: 'report',
        id: '',
        problem: {
          field: 'state',
          zh: '报告设为已发布（published），但 values.yml 中没有任何已填报的数值或工程进展；请先填报，或保持 state: draft',
          en: 'the report is published but values.yml reports no value or project status at all; fill it in first, or keep state: draft',
        },
      });
  }
  return out;
}

/** A target that restates an indicator takes the indicator's figure (value, date, source; a worded value keeps its status). */
export function derivedTarget(id: string, from: IndicatorValue): TargetValue {
  const copy: TargetValue = { id, value: from.value };
  if (from.asOf) copy.asOf = from.asOf;
  if (from.source) copy.source = from.source;
  if (typeof from.value === 'object' && from.status) {
    copy.status = from.status;
    copy.reason = from.reason;
  }
  return copy;
}

/** Validates a report folder's two files; throws a DataError naming file, item and field. */
export function validateReport(
  folder: string,
  metaInput: unknown,
  valuesInput: unknown,
  refs: ReportRefs,
  buildDate = today(),
): { meta: ReportMeta; values: ReportValues } {
  const metaFile = `${folder}/report.yml`;
  const valuesFile = `${folder}/values.yml`;
  const problems: string[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof DataError) {
        problems.push(...error.problems);
        return undefined;
      }
      throw error;
    }
  };
  const metaResult = reportMetaSchema.safeParse(metaInput);
  if (!metaResult.success)
    for (const issue of metaResult.error.issues)
      problems.push(`${metaFile}: field "${issue.path.join('.') || '(file)'}": ${issue.message}`);
  const meta = metaResult.success ? metaResult.data : undefined;
  const name = folder.split('/').at(-1);
  if (meta && name !== `${meta.year}-${meta.kind}`)
    problems.push(
      `${metaFile}: field "year"/"kind": the folder must be named ${meta.year}-${meta.kind}, not ${name}`,
    );

  const sections = (valuesInput ?? {}) as Record<string, unknown>;
  if (typeof valuesInput !== 'object' || valuesInput === null || Array.isArray(valuesInput))
    problems.push(`${valuesFile}: expected the sections indicators, targets and projects`);
  const unknown = Object.keys(sections).filter(
    (k) => !['indicators', 'targets', 'projects'].includes(k),
  );
  for (const k of unknown)
    problems.push(`${valuesFile}: unknown section "${k}" (expected indicators, targets, projects)`);
  const indicators = collect(() =>
    validateRecords(
      valuesFile,
      'indicator',
      sections['indicators'] ?? [],
      indicatorValueSchema(refs),
    ),
  );
  const listedTargets = collect(() =>
    validateRecords(valuesFile, 'target', sections['targets'] ?? [], targetValueSchema(refs)),
  );
  const projects = collect(() =>
    validateRecords(valuesFile, 'project', sections['projects'] ?? [], projectProgressSchema(refs)),
  );
  // One figure, typed once: a target restating an indicator (or another target) may be listed only as pending.
  for (const t of listedTargets ?? []) {
    const goal = refs.targetGoals.get(t.id);
    const from = goal?.indicator
      ? `indicator "${goal.indicator}"`
      : goal?.sameAs
        ? `target "${goal.sameAs}"`
        : undefined;
    if (from && (t.value !== 'pending' || Object.keys(t).length > 2)) {
      problems.push(
        `${valuesFile}: target "${t.id}", field "value": 此目标即 ${from},数值取自该项,请只在该处填写 / this target restates ${from} and takes its figure: type it once, there (list it as value: pending, or leave it out)`,
      );
    }
  }
  const missing = (
    kind: string,
    all: Set<string>,
    listed: { id: string }[] | undefined,
    skip: (id: string) => boolean = () => false,
  ) => {
    if (!listed) return;
    const have = new Set(listed.map((r) => r.id));
    for (const id of all)
      if (!have.has(id) && !skip(id))
        problems.push(
          `${valuesFile}: ${kind} "${id}" is missing (list it, with value: pending if there is no figure yet)`,
        );
  };
  missing('indicator', refs.indicators, indicators);
  missing('target', refs.targets, listedTargets, (id) =>
    Boolean(refs.targetGoals.get(id)?.indicator || refs.targetGoals.get(id)?.sameAs),
  );
  missing('project', refs.projects, projects);
  if (problems.length > 0 || !meta || !indicators || !listedTargets || !projects)
    throw new DataError(problems);

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const listed = new Map(listedTargets.map((t) => [t.id, t]));
  const targets = [...refs.targets].flatMap((id) => {
    const goal = refs.targetGoals.get(id);
    if (goal?.indicator)
      return [
        derivedTarget(id, byId.get(goal.indicator) ?? { id: goal.indicator, value: 'pending' }),
      ];
    if (goal?.sameAs)
      return [{ ...(listed.get(goal.sameAs) ?? { value: 'pending' as const }), id }];
    const t = listed.get(id);
    return t ? [t] : [];
  });
  const values = { indicators, targets, projects };
  for (const { kind, id, problem } of plausibilityProblems(meta, values, refs, buildDate)) {
    problems.push(
      kind === 'report'
        ? `${metaFile}: field "${problem.field}": ${say(problem)}`
        : `${valuesFile}: ${kind} "${id}", field "${problem.field}": ${say(problem)}`,
    );
  }
  if (problems.length > 0) throw new DataError(problems);
  return { meta, values };
}
