/** Schemas of the plan's data (indicators, targets, projects); one place, used by the site and the checks. */
import { z } from 'astro/zod';
import { PLACES, type Refs } from './refs.ts';
import { withFallbacks } from '../i18n/fallback.ts';
import { fallbackOf, localeKeys, locales, type Locale, type Localized } from '../i18n/locales.ts';
import { PLAN_YEARS, PLAN_YEARS_TEXT } from '../lib/plan/plan-period.ts';

/** Text in one language: missing or empty is reported as missing. */
const text = (language: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${language} text is missing` : `${language} text must be text`,
    })
    .trim()
    .min(1, `${language} text is missing`);

/** The same text in each language (src/i18n/locales.ts): required in every complete language, optional in one being translated, whose missing text is its fallback's. */
export const bilingual = z
  .object(
    Object.fromEntries(
      localeKeys.map((l) => [
        l,
        fallbackOf(l) ? text(locales[l].englishName).optional() : text(locales[l].englishName),
      ]),
    ) as Record<Locale, ReturnType<typeof text>>,
  )
  .strict()
  .transform((v): Localized<string> => withFallbacks(v));

/** A reference to an element of the plan, checked against the Chinese chapters. */
export const elementRef = (refs: Refs) =>
  z.string().refine((id) => refs.elements.has(id), {
    error: (issue) =>
      `unknown paragraph id "${String(issue.input)}" (no element of content/plan/zh has it)`,
  });

export const COMPARATORS = ['>=', '<=', '=', 'about'] as const;
/** How a value is judged against a goal: reach or exceed, not exceed, keep at, about (左右). */
export const comparatorSchema = z.enum(COMPARATORS, {
  error: `comparator must be one of ${COMPARATORS.join(', ')}`,
});

/** A baseline or target cell of Table 2-1: a number (approx for 左右), or the plan's wording. */
export const planValueSchema = z
  .object({
    value: z.number({ error: 'value must be a number' }).optional(),
    approx: z.boolean().optional(),
    comparator: comparatorSchema.optional(),
    text: bilingual.optional(),
    asOf: z
      .string()
      .regex(/^\d{4}(-\d{2})?$/, 'asOf must be a year or year-month (2021 or 2021-05)')
      .optional(),
  })
  .strict()
  .refine((v) => (v.value === undefined) !== (v.text === undefined), {
    message: "give either a number (value) or the plan's wording (text), not both and not neither",
  });

export const categorySchema = z
  .object({
    id: z.string(),
    ...(Object.fromEntries(
      localeKeys.map((l) => [l, fallbackOf(l) ? z.string().min(1).optional() : z.string().min(1)]),
    ) as Record<Locale, z.ZodString>),
  })
  .strict()
  .transform(({ id, ...names }) => ({ id, ...withFallbacks<string>(names) }));

export const indicatorSchema = (refs: Refs) =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
      number: z.number().int().positive(),
      category: z.string().refine((c) => refs.categories.has(c), {
        error: (issue) =>
          `unknown category "${String(issue.input)}" (see content/indicators/categories.yml)`,
      }),
      name: bilingual,
      unit: z.string().optional(),
      baseline: planValueSchema.optional(),
      target: planValueSchema.refine((t) => t.value === undefined || t.comparator !== undefined, {
        message: 'a numeric target needs the comparator its status is judged by (>=, <=, =, about)',
      }),
      type: z.enum(['binding', 'anticipatory'], { error: 'type must be binding or anticipatory' }),
      paragraphs: z.array(elementRef(refs)),
    })
    .strict();

/** A quotation must be the verbatim words of the element it cites, in both languages. */
const quotes =
  <F extends 'sentence' | 'name'>(
    refs: Refs,
    field: F,
    where: (r: { paragraph: string; item?: string | null }) => string[],
  ) =>
  (
    record: { paragraph: string; item?: string | null } & { [K in F]: { zh: string; en: string } },
    ctx: z.RefinementCtx,
  ) => {
    const texts = where(record)
      .map((id) => refs.elements.get(id))
      .filter((t) => t !== undefined);
    if (texts.length === 0) return; // an unknown paragraph id is reported by its own field
    for (const lang of ['zh', 'en'] as const) {
      if (!texts.some((t) => t[lang].includes(record[field][lang]))) {
        ctx.addIssue({
          code: 'custom',
          path: [field, lang],
          message: `"${record[field][lang]}" is not in the ${lang === 'zh' ? 'Chinese' : 'English'} text of ${where(record).join(' or ')}`,
        });
      }
    }
  };

export const targetSchema = (refs: Refs) =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
      paragraph: elementRef(refs),
      sentence: bilingual,
      metric: bilingual,
      comparator: comparatorSchema,
      value: z.number({ error: 'value must be a number' }),
      unit: z.string().min(1, 'unit is missing'),
      deadline: z
        .number()
        .int()
        .min(PLAN_YEARS.first, `deadline must be within the plan (${PLAN_YEARS_TEXT})`)
        .max(PLAN_YEARS.last, `deadline must be within the plan (${PLAN_YEARS_TEXT})`),
      indicator: z
        .string()
        .nullable()
        .refine((i) => i === null || refs.indicators.has(i), {
          error: (issue) => `unknown indicator id "${String(issue.input)}"`,
        }),
      /** The same target stated again (chapter and box): one figure, reported under the target named here. */
      sameAs: z
        .string()
        .refine((t) => refs.targets.has(t), {
          error: (issue) => `unknown target id "${String(issue.input)}"`,
        })
        .optional(),
    })
    .strict()
    .superRefine(quotes(refs, 'sentence', (r) => [r.paragraph]));

export const projectSchema = (refs: Refs) =>
  z
    .object({
      id: z.string().regex(/^box-\d+-[a-z0-9-]+$/, 'id must start with its box id (box-3-…)'),
      box: z
        .string()
        .regex(/^box-\d+$/)
        .refine((b) => refs.elements.has(b), {
          error: (issue) => `unknown box "${String(issue.input)}"`,
        }),
      item: elementRef(refs).nullable(),
      paragraph: elementRef(refs),
      name: bilingual,
      kind: z.enum(['named', 'work-item']),
      places: z.array(z.enum(PLACES, { error: `place must be one of ${PLACES.join(', ')}` })),
    })
    .strict()
    .superRefine(quotes(refs, 'name', (r) => [r.paragraph, ...(r.item ? [r.item] : [])]));

export type Comparator = z.infer<typeof comparatorSchema>;
export type Bilingual = z.infer<typeof bilingual>;
export type PlanValue = z.infer<typeof planValueSchema>;
export type CategoryRecord = z.infer<typeof categorySchema>;
export type TargetRecord = z.infer<ReturnType<typeof targetSchema>>;
export type ProjectRecord = z.infer<ReturnType<typeof projectSchema>>;
export type IndicatorRecord = z.infer<ReturnType<typeof indicatorSchema>>;
