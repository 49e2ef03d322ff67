/** The part headings of a report of `kind`, in one language, as the site shows them (content/i18n/*.yml). */
import { join } from 'node:path';
import { locales, type Locale } from '../i18n/locales.ts';
import { parseYaml } from '../lib/core/records.ts';
import { readText } from '../lib/core/text-file.ts';
import { partTitleKey, reportParts, type ReportKind } from '../lib/reports/report-outline.ts';

export function partTitles(root: string, kind: ReportKind, lang: Locale): string[] {
  const file = `content/i18n/${locales[lang].stringsFile}.yml`;
  const strings = parseYaml(file, readText(join(root, file), file)) as Record<string, string>;
  return reportParts(kind).map((p) => strings[partTitleKey(kind, p.id)]!);
}
