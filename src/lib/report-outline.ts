/**
 * The outline every evaluation report follows (the settled form of a Chinese 中期评估 / 总结评估),
 * and the scaffold of the bureau's text (content/reports/<id>/<lang>.md). Parts 1–4 open with what
 * the site derives from the reported values; the bureau's text follows. Parts 5–6 are its text alone. Pure.
 */

export type ReportKind = 'midterm' | 'final';

/**
 * The six parts, in order; the id is the permanent anchor of the part's section. A part that
 * awaits text shows 待填写 / to be written until the bureau writes it; the others are complete
 * with their derived tables and show the bureau's text only when there is some.
 */
export const REPORT_PARTS = [
  { id: 'overall-progress', awaitsText: true },
  { id: 'main-indicators', awaitsText: false },
  { id: 'key-tasks', awaitsText: false },
  { id: 'key-projects', awaitsText: false },
  { id: 'main-problems', awaitsText: true },
  { id: 'recommendations', awaitsText: true },
] as const satisfies readonly { id: string; awaitsText: boolean }[];

export type PartId = (typeof REPORT_PARTS)[number]['id'];
/** The UI-string key of a part's heading (part 6 differs: next steps at mid-term, lessons at the end). */
export function partTitleKey(kind: ReportKind, id: PartId): string {
  return id === 'recommendations' ? `report.part.recommendations.${kind}` : `report.part.${id}`;
}

/**
 * The scaffolded text of a report: the six part headings (`# 一、总体进展` …) with nothing under
 * them yet; a part left empty reads 待填写 / to be written (parts 1, 5, 6) or shows only the
 * derived tables (parts 2–4). `titles` are the part headings in the text's language, in order.
 */
export function narrativeScaffold(titles: readonly string[]): string {
  return titles.map((title) => `# ${title}\n`).join('\n');
}
