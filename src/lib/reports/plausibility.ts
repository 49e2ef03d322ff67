/**
 * Plausibility rules for reported figures: what no real figure can be. Pure: each rule returns
 * problems in Chinese and English; the caller says where (file and item, or sheet, row and column).
 */
import { assessNumeric, type NumericGoal, type Status } from './status.ts';

/** One broken rule: the field it concerns and what is wrong, in both languages. */
export interface Problem {
  field: string;
  zh: string;
  en: string;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `text` is a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD (no month 13, no 30 February). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [
    Number(m[1]),
    m[2] === undefined ? 1 : Number(m[2]),
    m[3] === undefined ? 1 : Number(m[3]),
  ];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS[month - 1]!);
}

/** Whether a URL is a web address (http: or https:), the only kind a source may link to. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The range a number in `unit` can take: percentages 0–100, every other quantity of the plan ≥ 0.
 * Where lower is better (a goal "≤ x", such as a growth rate "≤ 0"), a value below zero is a
 * favourable result and is accepted (a percentage then down to −100).
 */
export function checkNumber(
  field: string,
  value: number,
  unit: string | undefined,
  lowerIsBetter = false,
): Problem[] {
  if (!Number.isFinite(value))
    return [{ field, zh: `${value} 不是有效数字`, en: `${value} is not a finite number` }];
  if (lowerIsBetter)
    return unit === '%' && (value < -100 || value > 100)
      ? [
          {
            field,
            zh: `${value} 超出 −100–100（单位 %）`,
            en: `${value} is outside −100–100 (unit %)`,
          },
        ]
      : [];
  if (unit === '%' && (value < 0 || value > 100))
    return [{ field, zh: `${value} 超出 0–100(单位 %)`, en: `${value} is outside 0–100 (unit %)` }];
  if (value < 0)
    return [
      {
        field,
        zh: `${value} 为负数,该量不可能为负(单位 ${unit ?? '无'})`,
        en: `${value} is negative; this quantity cannot be negative (unit ${unit ?? 'none'})`,
      },
    ];
  return [];
}

/** How far a figure may lie from its baseline and target before it must be confirmed. */
export const MAGNITUDE = { above: 5, below: 10 } as const;

/**
 * A figure out of all proportion to the item's baseline and target — more than five times the
 * larger, or under a tenth of the smaller (a slipped decimal point, a percent cell read as 0.691,
 * an extra zero) — is refused unless it was confirmed, with a note that says why it is right.
 */
export function checkMagnitude(
  value: number,
  references: (number | undefined)[],
  confirmed: true | undefined,
  note: { zh: string; en: string } | undefined,
): Problem[] {
  const known = references.filter((r): r is number => r !== undefined && r !== 0).map(Math.abs);
  if (confirmed)
    return note
      ? []
      : [
          {
            field: 'note',
            zh: '已确认数值，请在“说明”中写明该数值为何远离基期值和目标值（中英文）',
            en: 'a confirmed figure needs a note (zh and en) saying why it is far from baseline and target',
          },
        ];
  if (known.length === 0 || value === 0) return [];
  const [high, low] = [Math.max(...known), Math.min(...known)];
  const size = Math.abs(value);
  const far =
    size > high * MAGNITUDE.above
      ? `超过基期值和目标值中较大者（${high}）的 ${MAGNITUDE.above} 倍`
      : size < low / MAGNITUDE.below
        ? `不到基期值和目标值中较小者（${low}）的 1/${MAGNITUDE.below}`
        : undefined;
  if (!far) return [];
  return [
    {
      field: 'value',
      zh: `填报值 ${value} ${far}，可能多写或少写了位数、小数点，或单位不对；请核对。确属实的，在“确认数值”列选“是”，并在“说明”中写明原因`,
      en: `the value ${value} is ${size > high * MAGNITUDE.above ? `more than ${MAGNITUDE.above} times the larger of baseline and target (${high})` : `under 1/${MAGNITUDE.below} of the smaller of baseline and target (${low})`}: check digits, decimal point and unit; if it is right, set 确认数值 to 是 and explain in the note`,
    },
  ];
}

/** An `asOf` date: real, within baseline year … report year. */
export function checkAsOf(
  field: string,
  asOf: string,
  reportYear: number,
  baselineYear: number,
): Problem[] {
  if (!isRealDate(asOf))
    return [
      {
        field,
        zh: `“${asOf}” 不是真实日期(应为 YYYY 或 YYYY-MM)`,
        en: `"${asOf}" is not a real date (use YYYY or YYYY-MM)`,
      },
    ];
  const year = Number(asOf.slice(0, 4));
  if (year > reportYear)
    return [
      {
        field,
        zh: `${asOf} 晚于报告年份 ${reportYear}`,
        en: `${asOf} is after the report year ${reportYear}`,
      },
    ];
  if (year < baselineYear)
    return [
      {
        field,
        zh: `${asOf} 早于基期年份 ${baselineYear}`,
        en: `${asOf} is before the baseline year ${baselineYear}`,
      },
    ];
  return [];
}

/** A source web address: http: or https: only. */
export function checkUrl(field: string, url: string | undefined): Problem[] {
  if (url === undefined || isWebUrl(url)) return [];
  return [
    {
      field,
      zh: `“${url}” 不是网址,只允许 http:// 或 https:// 开头`,
      en: `"${url}" is not a web address; only http:// or https:// is allowed`,
    },
  ];
}

/** The publication date: real, not before the latest figure it publishes, not after `today` (the build). */
export function checkPublished(
  published: string,
  latestAsOf: string | undefined,
  today: string,
): Problem[] {
  const field = 'published';
  if (!isRealDate(published) || published.length !== 10)
    return [
      {
        field,
        zh: `“${published}” 不是真实日期(YYYY-MM-DD)`,
        en: `"${published}" is not a real date (YYYY-MM-DD)`,
      },
    ];
  if (latestAsOf && published < latestAsOf)
    return [
      {
        field,
        zh: `发布日期 ${published} 早于所发布数据的时间 ${latestAsOf}`,
        en: `publication date ${published} is before the figures it publishes (${latestAsOf})`,
      },
    ];
  if (published > today)
    return [
      {
        field,
        zh: `发布日期 ${published} 晚于今天 ${today}`,
        en: `publication date ${published} is in the future (today is ${today})`,
      },
    ];
  return [];
}

export const STATUS_ZH: Record<Status, string> = {
  achieved: '已实现',
  'on-track': '符合进度',
  'off-track': '滞后',
  'not-assessable': '无法评估',
};

/**
 * A status set by hand on a numeric value must agree with the rule, unless the item says it
 * overrides the rule (with a reason, checked by the schema).
 */
export function checkStatus(
  item: { value: unknown; status?: Status | undefined; override?: boolean | undefined },
  goal: NumericGoal | undefined,
  reportYear: number,
  baseline?: { value: number; year: number },
): Problem[] {
  if (item.override && !item.status)
    return [
      {
        field: 'override',
        zh: '推翻规则时须给出人工判定状态',
        en: 'overriding the rule needs the status set by hand',
      },
    ];
  if (typeof item.value !== 'number' || !item.status || !goal) return [];
  const computed = assessNumeric({ value: item.value, goal, reportYear, baseline }).status;
  if (computed === item.status || item.override) return [];
  return [
    {
      field: 'status',
      zh: `人工判定“${STATUS_ZH[item.status]}”与规则计算的“${STATUS_ZH[computed]}”不符;确需推翻规则时请注明推翻(override: true)并写明理由`,
      en: `the status set by hand (${item.status}) contradicts the rule's ${computed}; to override the rule, say so (override: true) with a reason`,
    },
  ];
}
