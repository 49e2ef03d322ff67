/** The plan's period, defined once: baseline year, target year, plan years, chapters. Pure; no Astro imports. */

/** The year of the plan's baselines (现状值 2020年), unless a value says otherwise. */
export const BASELINE_YEAR = 2020;
/** The year of the plan's targets (目标值 2025年), unless a target says otherwise. */
export const TARGET_YEAR = 2025;
/** The plan's years, 2021–2025: reports and target deadlines fall within them. */
export const PLAN_YEARS = { first: 2021, last: TARGET_YEAR } as const;
/** The plan has 13 chapters (第一章 … 第十三章). */
export const CHAPTER_COUNT = 13;
/** The chapter numbers 1 … 13, in order. */
export const CHAPTER_NUMBERS: readonly number[] = Array.from(
  { length: CHAPTER_COUNT },
  (_, i) => i + 1,
);
/** "2021–2025": the plan years as text. */
export const PLAN_YEARS_TEXT = `${PLAN_YEARS.first}–${PLAN_YEARS.last}`;
