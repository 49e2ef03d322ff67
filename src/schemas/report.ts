/**
 * Evaluation reports: content/reports/<year>-<kind>/report.yml (what the report is) and
 * values.yml (every indicator, target and project: a value or "pending", with its source).
 */
import { z } from 'astro/zod';
import { bilingual } from './plan-data.ts';
import { COMPARATORS } from './plan-data.ts';
import { DataError, validateRecords } from '../lib/records.ts';
import type { Refs } from './refs.ts';

export const REPORT_KINDS = ['midterm', 'final'] as const;
export const PLAN_YEARS = { first: 2021, last: 2025 } as const;

export const reportMetaSchema = z.object({
  year: z.number({ error: 'year must be a number' }).int().min(PLAN_YEARS.first, `year must be within the plan (${PLAN_YEARS.first}–${PLAN_YEARS.last})`).max(PLAN_YEARS.last, `year must be within the plan (${PLAN_YEARS.first}–${PLAN_YEARS.last})`),
  kind: z.enum(REPORT_KINDS, { error: 'kind must be midterm or final' }),
  state: z.enum(['draft', 'published'], { error: 'state must be draft or published' }),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be a date (YYYY-MM-DD)').nullable(),
  title: bilingual,
}).strict().refine((m) => (m.state === 'published') === (m.published !== null), {
  path: ['published'], message: 'give the publication date exactly when state is published',
});

const source = z.object({
  title: z.string({ error: 'source title is missing' }).trim().min(1, 'source title is missing'),
  url: z.url({ error: 'source url must be a full address (https://…)' }).optional(),
}).strict();

const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'asOf must be a date (YYYY-MM-DD or YYYY-MM)');
const PENDING = 'pending';
const explicitStatus = z.enum(['achieved', 'on-track', 'off-track', 'not-assessable'], { error: 'status must be achieved, on-track, off-track or not-assessable' });

/** Fields shared by reported indicator and target values. */
const valueFields = {
  value: z.union([z.literal(PENDING), z.number(), bilingual], { error: 'value must be a number, "pending", or wording in zh and en' }),
  asOf: date.optional(),
  unit: z.string().optional(),
  source: source.optional(),
  note: bilingual.optional(),
  status: explicitStatus.optional(),
  reason: bilingual.optional(),
};

type ValueRecord = { value: number | 'pending' | { zh: string; en: string }; asOf?: string | undefined; source?: unknown; status?: string | undefined; reason?: unknown };

/** The checks every reported value must pass, whatever it reports on. */
function checkValue(v: ValueRecord, ctx: z.RefinementCtx) {
  const reported = v.value !== PENDING;
  if (reported && !v.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'a reported value needs its source (title, and url where public)' });
  if (reported && !v.asOf) ctx.addIssue({ code: 'custom', path: ['asOf'], message: 'a reported value needs the date it refers to (asOf)' });
  if (v.status && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a status set by hand needs a written reason (zh and en)' });
  if (typeof v.value === 'object' && !v.status) ctx.addIssue({ code: 'custom', path: ['status'], message: 'a value in words needs an explicit status with a reason' });
  if (!reported && v.status && v.status !== 'not-assessable') ctx.addIssue({ code: 'custom', path: ['status'], message: 'a pending value can only be not-assessable' });
}

/** The unit a value must be in, when the report gives one. */
const checkUnit = (expected: string | undefined) => (v: { unit?: string | undefined }, ctx: z.RefinementCtx) => {
  if (v.unit !== undefined && v.unit !== expected) ctx.addIssue({ code: 'custom', path: ['unit'], message: `unit must be "${expected ?? '(none)'}", as in the plan` });
};

export interface ReportRefs extends Refs {
  indicatorUnits: Map<string, string | undefined>;
  /** Indicators whose plan target is wording, not a number (达到国家及贵州省下达目标要求 …). */
  qualitativeTargets: Map<string, string>;
  targetUnits: Map<string, string>;
}

export const indicatorValueSchema = (refs: ReportRefs) => z.object({
  id: z.string().refine((id) => refs.indicators.has(id), { error: (i) => `unknown indicator id "${String(i.input)}"` }),
  ...valueFields,
  assignedTarget: z.object({ comparator: z.enum(COMPARATORS), value: z.number({ error: 'assigned target value must be a number' }), source }).strict().optional(),
}).strict().superRefine((v, ctx) => {
  checkValue(v, ctx);
  checkUnit(refs.indicatorUnits.get(v.id))(v, ctx);
  const wording = refs.qualitativeTargets.get(v.id);
  if (typeof v.value === 'number' && wording && !v.assignedTarget && !v.status) {
    ctx.addIssue({ code: 'custom', path: ['assignedTarget'], message: `the plan's target is "${wording}": record the target the province assigned (assignedTarget), or give status with a reason` });
  }
});

export const targetValueSchema = (refs: ReportRefs) => z.object({
  id: z.string().refine((id) => refs.targets.has(id), { error: (i) => `unknown target id "${String(i.input)}"` }),
  ...valueFields,
}).strict().superRefine((v, ctx) => {
  checkValue(v, ctx);
  checkUnit(refs.targetUnits.get(v.id))(v, ctx);
});

export const projectProgressSchema = (refs: ReportRefs) => z.object({
  id: z.string().refine((id) => refs.projects.has(id), { error: (i) => `unknown project id "${String(i.input)}"` }),
  status: z.enum(['pending', 'not-started', 'in-progress', 'completed'], { error: 'status must be pending, not-started, in-progress or completed' }),
  asOf: date.optional(),
  source: source.optional(),
  note: bilingual.optional(),
}).strict().superRefine((p, ctx) => {
  if (p.status !== 'pending' && !p.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'a reported status needs its source' });
  if (p.status !== 'pending' && !p.asOf) ctx.addIssue({ code: 'custom', path: ['asOf'], message: 'a reported status needs the date it refers to (asOf)' });
});

export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type IndicatorValue = z.infer<ReturnType<typeof indicatorValueSchema>>;
export type TargetValue = z.infer<ReturnType<typeof targetValueSchema>>;
export type ProjectProgress = z.infer<ReturnType<typeof projectProgressSchema>>;
export interface ReportValues { indicators: IndicatorValue[]; targets: TargetValue[]; projects: ProjectProgress[] }

/** Validates a report folder's two files; throws a DataError naming file, item and field. */
export function validateReport(folder: string, metaInput: unknown, valuesInput: unknown, refs: ReportRefs): { meta: ReportMeta; values: ReportValues } {
  const metaFile = `${folder}/report.yml`;
  const valuesFile = `${folder}/values.yml`;
  const problems: string[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try { return fn(); } catch (error) {
      if (error instanceof DataError) { problems.push(...error.problems); return undefined; }
      throw error;
    }
  };
  const metaResult = reportMetaSchema.safeParse(metaInput);
  if (!metaResult.success) for (const issue of metaResult.error.issues) problems.push(`${metaFile}: field "${issue.path.join('.') || '(file)'}": ${issue.message}`);
  const meta = metaResult.success ? metaResult.data : undefined;
  const name = folder.split('/').at(-1);
  if (meta && name !== `${meta.year}-${meta.kind}`) problems.push(`${metaFile}: field "year"/"kind": the folder must be named ${meta.year}-${meta.kind}, not ${name}`);

  const sections = (valuesInput ?? {}) as Record<string, unknown>;
  if (typeof valuesInput !== 'object' || valuesInput === null || Array.isArray(valuesInput)) problems.push(`${valuesFile}: expected the sections indicators, targets and projects`);
  const unknown = Object.keys(sections).filter((k) => !['indicators', 'targets', 'projects'].includes(k));
  for (const k of unknown) problems.push(`${valuesFile}: unknown section "${k}" (expected indicators, targets, projects)`);
  const indicators = collect(() => validateRecords(valuesFile, 'indicator', sections['indicators'] ?? [], indicatorValueSchema(refs)));
  const targets = collect(() => validateRecords(valuesFile, 'target', sections['targets'] ?? [], targetValueSchema(refs)));
  const projects = collect(() => validateRecords(valuesFile, 'project', sections['projects'] ?? [], projectProgressSchema(refs)));
  const missing = (kind: string, all: Set<string>, listed: { id: string }[] | undefined) => {
    if (!listed) return;
    const have = new Set(listed.map((r) => r.id));
    for (const id of all) if (!have.has(id)) problems.push(`${valuesFile}: ${kind} "${id}" is missing (list it, with value: pending if there is no figure yet)`);
  };
  missing('indicator', refs.indicators, indicators);
  missing('target', refs.targets, targets);
  missing('project', refs.projects, projects);
  if (problems.length > 0 || !meta || !indicators || !targets || !projects) throw new DataError(problems);
  return { meta, values: { indicators, targets, projects } };
}
