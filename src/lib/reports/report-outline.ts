/**
 * The outline evaluation reports follow (the settled form of a Chinese 中期评估 / 总结评估; each
 * kind's parts are in src/lib/reports/report-kinds.ts), and the scaffold of the bureau's text
 * (content/reports/<id>/<lang>.md). Parts 1–4 open with what the site derives from the reported
 * values; the bureau's text follows. The later parts are its text alone. Pure.
 */

import { REPORT_KINDS, type PartId, type ReportKind } from './report-kinds.ts';

export type { PartId, ReportKind } from './report-kinds.ts';

/**
 * What each part is: `derived` parts open with what the site derives from the reported values (the
 * bureau's text follows under a subheading of its own); the others are the bureau's text alone.
 * A part that `awaitsText` shows 待填写 / to be written until the bureau writes it; the others are
 * complete with their derived tables and show the bureau's text only when there is some.
 */
const PART_TRAITS: Record<PartId, { derived: boolean; awaitsText: boolean }> = {
  'overall-progress': { derived: true, awaitsText: true },
  'main-indicators': { derived: true, awaitsText: false },
  'key-tasks': { derived: true, awaitsText: false },
  'key-projects': { derived: true, awaitsText: false },
  'main-problems': { derived: false, awaitsText: true },
  recommendations: { derived: false, awaitsText: true },
  'plan-adjustments': { derived: false, awaitsText: true },
};

export interface ReportPart {
  id: PartId;
  derived: boolean;
  awaitsText: boolean;
}

/** The parts of a report of `kind`, in order. */
export function reportParts(kind: ReportKind): ReportPart[] {
  return REPORT_KINDS[kind].parts.map((id) => ({ id, ...PART_TRAITS[id] }));
}

/** The UI-string key of a part's heading (part 6 differs: next steps at mid-term, lessons at the end). */
export function partTitleKey(kind: ReportKind, id: PartId): string {
  return id === 'recommendations' ? `report.part.recommendations.${kind}` : `report.part.${id}`;
}

/** The Chinese numerals of part numbers (一 … 七). */
export const PART_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/**
 * The scaffolded text of a report: its part headings (`# 一、总体进展` …) with nothing under
 * them yet; a part left empty reads 待填写 / to be written or shows only its derived tables. `titles` are the part headings in the text's language, in order.
 */
export function narrativeScaffold(titles: readonly string[]): string {
  return titles.map((title) => `# ${title}\n`).join('\n');
}
