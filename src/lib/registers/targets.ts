/** How a target reads: comparator, value and unit in either language. Pure. */
import { conventionsOf } from '../../i18n/locales.ts';
import { formatNumber, type Lang } from './indicators.ts';

/** The comparators of the schemas (>=, <=, =, about). */
export type { Comparator } from '../../schemas/plan-data.ts';
import type { Comparator } from '../../schemas/plan-data.ts';

const SYMBOL: Record<Comparator, Record<Lang, string>> = {
  '>=': { zh: '≥', en: '≥' },
  '<=': { zh: '≤', en: '≤' },
  '=': { zh: '=', en: '=' },
  about: { zh: '', en: 'about' },
};

/**
 * "≥ 95%", "70%左右" (as the plan words it, 左右 after the unit), "about 70%", "≥ 1,184 km²":
 * the unit label comes from the caller (UI strings).
 */
export function formatTarget(
  t: { comparator: Comparator; value: number; unit: string },
  lang: Lang,
  unitLabel: string,
): string {
  lang = conventionsOf(lang);
  const value = lang === 'zh' ? chineseQuantity(t.value) : formatNumber(t.value, lang);
  // Chinese writes the unit straight after the number (5.3万吨/日), English with a space.
  const joined =
    t.unit === '%' ? `${value}%` : lang === 'zh' ? `${value}${unitLabel}` : `${value} ${unitLabel}`;
  if (t.comparator === 'about' && lang === 'zh') return `${joined}左右`;
  return `${SYMBOL[t.comparator][lang]} ${joined}`;
}

/** The chapter number an element id belongs to (c5-s2-p3 → 5; box-3-p1 → the box's chapter via the map). */
export function chapterOfElement(id: string, boxChapters: Map<string, number>): number {
  const chapter = /^c(\d+)(?:-|$)/.exec(id);
  if (chapter) return Number(chapter[1]);
  const box = /^(box-\d+)/.exec(id);
  const n = box ? boxChapters.get(box[1]!) : undefined;
  if (n === undefined) throw new Error(`cannot tell which chapter "${id}" is in`);
  return n;
}

/**
 * A number as the plan writes it in Chinese: 万 and 亿 for round large quantities (53000 → 5.3万,
 * 1000000 → 100万, 180000000 → 1.8亿); anything else in digits as it is.
 */
export function chineseQuantity(value: number): string {
  for (const [unit, size] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    if (Math.abs(value) < size) continue;
    const scaled = Number((value / size).toFixed(4));
    if (Math.abs(scaled * size - value) < 1e-6) return `${scaled}${unit}`;
  }
  return String(value);
}
