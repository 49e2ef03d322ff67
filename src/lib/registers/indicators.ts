/** Indicator values as Table 2-1 prints them, in either language. Pure; no Astro imports (types come from the schemas). */
import type {
  Bilingual as BilingualText,
  CategoryRecord,
  IndicatorRecord,
  PlanValue,
} from '../../schemas/plan-data.ts';

export type { Locale as Lang } from '../../i18n/locales.ts';
import { conventionsOf, type Locale as Lang } from '../../i18n/locales.ts';

/** Text in both languages (the schemas' `bilingual`). */
export type Bilingual = BilingualText;

/** A baseline or target cell: value (approx for 左右) with its comparator, or the plan's wording, and its date if not the column's. */
export type IndicatorValue = PlanValue;

/** An indicator of Table 2-1 as the table needs it (the validated record without its paragraphs). */
export type IndicatorRow = Omit<IndicatorRecord, 'paragraphs'>;

export type CategoryRow = CategoryRecord;

/** Formats a number the way the table prints it (no grouping in Chinese, grouping in English). */
export function formatNumber(value: number, lang: Lang): string {
  return conventionsOf(lang) === 'en'
    ? value.toLocaleString('en-US', { maximumFractionDigits: 4 })
    : String(value);
}

/** Formats a baseline or target cell as printed: 70左右 / about 70, 28.82* for a value with its own date. */
export function formatValue(v: IndicatorValue | undefined, lang: Lang): string {
  if (!v) return '';
  if (v.text) return v.text[lang];
  if (v.value === undefined) return '';
  const n = formatNumber(v.value, lang);
  const shown = v.approx ? (conventionsOf(lang) === 'zh' ? `${n}左右` : `about ${n}`) : n;
  return v.asOf ? `${shown}*` : shown;
}

/**
 * A value with its unit, worded as the plan words it: "70%左右" (never "70左右%"), "about 70%",
 * "28.82%*". Units other than % are left to the caller (they are printed in the column head).
 */
export function formatValueWithUnit(
  v: IndicatorValue | undefined,
  unit: string | undefined,
  lang: Lang,
): string {
  if (!v) return '';
  if (v.text || v.value === undefined || unit !== '%') return formatValue(v, lang);
  const n = `${formatNumber(v.value, lang)}%`;
  const shown = v.approx ? (conventionsOf(lang) === 'zh' ? `${n}左右` : `about ${n}`) : n;
  return v.asOf ? `${shown}*` : shown;
}

/** Groups indicators under their categories in table order (by indicator number); throws on an unknown category. */
export function groupByCategory(
  categories: CategoryRow[],
  indicators: IndicatorRow[],
): { category: CategoryRow; rows: IndicatorRow[] }[] {
  const known = new Set(categories.map((c) => c.id));
  for (const row of indicators) {
    if (!known.has(row.category))
      throw new Error(`indicator "${row.id}": unknown category "${row.category}"`);
  }
  const sorted = [...indicators].sort((a, b) => a.number - b.number);
  // Categories follow the numbering of their first indicator, as in the published table.
  return categories
    .map((category) => ({ category, rows: sorted.filter((r) => r.category === category.id) }))
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => a.rows[0]!.number - b.rows[0]!.number);
}

/**
 * The table's body cells in reading order with empty cells dropped: the form in which the
 * seed preserves Table 2-1. Used to prove the data equals the published table.
 */
export function flattenTableBody(
  categories: CategoryRow[],
  indicators: IndicatorRow[],
  typeLabel: (t: IndicatorRow['type']) => string,
): string[] {
  return groupByCategory(categories, indicators).flatMap(({ category, rows }) => [
    category.zh,
    ...rows.flatMap((r) =>
      [
        String(r.number),
        r.name.zh,
        formatValue(r.baseline, 'zh'),
        formatValue(r.target, 'zh'),
        typeLabel(r.type),
      ].filter((c) => c !== ''),
    ),
  ]);
}
