/** The part headings of a report of `kind`, in one language, as the site shows them (content/i18n/*.yml). */
import type { Locale } from '../i18n/locales.ts';
import { readUiStrings } from './ui-strings.ts';
import { partTitleKey, reportParts, type ReportKind } from '../lib/reports/report-outline.ts';

export function partTitles(root: string, kind: ReportKind, lang: Locale): string[] {
  const strings = readUiStrings(root).strings[lang];
  return reportParts(kind).map((p) => strings[partTitleKey(kind, p.id)]!);
}
