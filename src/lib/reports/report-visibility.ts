/**
 * Which reports the public sees. A production build publishes only reports whose state is
 * `published`; a draft appears as "not yet published" with none of its figures. A preview
 * (PREVIEW_DRAFTS=1, set by `npm run dev` and `npm run preview:drafts`) shows drafts in
 * full, with the draft banner and noindex. Pure apart from reading the environment it is given.
 */

interface MetaLike {
  state: 'draft' | 'published';
}
/** What the listing functions need of a report's report.yml. */
export interface ReportState {
  year: number;
  state: 'draft' | 'published';
}
interface ValuesLike {
  indicators: { id: string }[];
  targets: { id: string }[];
  projects: { id: string }[];
}

/** Whether a report is public: published, in every build. The one rule RSS, search, the sitemap, the home page and open data ask. */
export function isPublicReport(meta: MetaLike): boolean {
  return meta.state === 'published';
}

/** The newest public report, or undefined when none is published yet (the home page's status column). */
export function latestPublicReport<R extends { meta: ReportState }>(
  reports: readonly R[],
): R | undefined {
  return reports
    .filter((r) => isPublicReport(r.meta))
    .sort((a, b) => a.meta.year - b.meta.year)
    .at(-1);
}

/**
 * Whether this is a preview in which drafts are shown in full: only when PREVIEW_DRAFTS=1 is set
 * (npm run dev and npm run preview:drafts set it). Never inferred from NODE_ENV or the Vite mode,
 * so that no ordinary build can show a draft.
 */
export function isDraftPreview(
  env: { PREVIEW_DRAFTS?: string | undefined } = { PREVIEW_DRAFTS: process.env['PREVIEW_DRAFTS'] },
): boolean {
  return env.PREVIEW_DRAFTS === '1' || env.PREVIEW_DRAFTS === 'true';
}

/** Whether a report's figures and text are shown in this build. */
export function showsInFull(meta: MetaLike, preview: boolean): boolean {
  return isPublicReport(meta) || preview;
}

/** A report's values with every figure withdrawn (each item pending): what a build may know of an unpublished draft. */
export function withheldValues<V extends ValuesLike>(values: V): V {
  return {
    ...values,
    indicators: values.indicators.map(({ id }) => ({ id, value: 'pending' })),
    targets: values.targets.map(({ id }) => ({ id, value: 'pending' })),
    projects: values.projects.map(({ id }) => ({ id, status: 'pending' })),
  } as V;
}
