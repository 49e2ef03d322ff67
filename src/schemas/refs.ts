/** What data records may point at: the plan's element ids and the ids of other data. */
export interface Refs {
  /** Ids of the plan's elements (paragraphs, headings, boxes) → their text in each language. */
  elements: Map<string, { zh: string; en: string }>;
  indicators: Set<string>;
  categories: Set<string>;
  targets: Set<string>;
  projects: Set<string>;
}

/** County and city ids that data may name as places. */
export const PLACES = [
  'kaili',
  'huangping',
  'shibing',
  'sansui',
  'zhenyuan',
  'cengong',
  'tianzhu',
  'jinping',
  'jianhe',
  'taijiang',
  'liping',
  'rongjiang',
  'congjiang',
  'leishan',
  'majiang',
  'danzhai',
] as const;
