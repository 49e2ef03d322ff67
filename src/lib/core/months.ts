/** English month names, January first: for dates written out in English text. */
import { conventionsOf, type Locale } from '../../i18n/locales.ts';

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A year and month ("2021-05") as text: 2021年5月 / May 2021. */
export function monthText(yearMonth: string, lang: Locale): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return conventionsOf(lang) === 'zh' ? `${year}年${month}月` : `${MONTHS[month - 1]} ${year}`;
}
