/** Values that evaluation reports give for an indicator (filled in by the reports collection). */
import type { Locale } from '../i18n/locales.ts';

export interface ReportedValue {
  year: number;
  value?: number | undefined;
  display: string;
  statusLabel: string;
  source: string;
  reportTitle: string;
  href: string;
}

/** Every report's value for the indicator, oldest first; empty until reports exist. */
export async function getReportedValues(_indicatorId: string, _lang: Locale): Promise<ReportedValue[]> {
  return [];
}
