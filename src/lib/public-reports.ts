/**
 * Which evaluation reports the public may find: the ONE place the home page and the sitemap
 * ask. A report is public when its report.yml says `state: published`; drafts are never listed.
 * Pure; no Astro imports (astro.config.mjs uses it too).
 */

/** What these functions need of a report's report.yml. */
export interface ReportState { year: number; state: 'draft' | 'published' }

/** True when the report may be listed and linked for the public (state: published). */
export function isPublicReport(meta: Pick<ReportState, 'state'>): boolean {
  return meta.state === 'published';
}

/** The newest public report, or undefined when none is published yet. */
export function latestPublicReport<R extends { meta: ReportState }>(reports: readonly R[]): R | undefined {
  return reports.filter((r) => isPublicReport(r.meta)).sort((a, b) => a.meta.year - b.meta.year).at(-1);
}
