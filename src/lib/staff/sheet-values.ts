/**
 * What a spreadsheet cell says, read the way the person who filled it in saw it. Numbers are taken
 * as displayed (a percent-formatted 0.691 shows 69.1%, a 0.0 format shows one decimal), text is
 * NFKC-normalised (full-width ６９．１ → 69.1), thousands separators are accepted only where they
 * cannot mean anything else, and words that mean "no figure yet" are pending. Pure.
 */

/** A problem in a cell: the column, the offending value shown, and what is allowed. */
export interface CellProblem {
  column: string;
  zh: string;
  en: string;
}

/** Words staff write for "no figure yet": each means pending, never a worded value. */
export const PENDING_WORDS: ReadonlySet<string> = new Set([
  '',
  '待填报',
  'pending',
  '-',
  '--',
  '—',
  '——',
  '–',
  '/',
  '无',
  '暂无',
  '无数据',
  '暂无数据',
  '未统计',
  'n/a',
  'na',
]);

/** A number as the spreadsheet displays it under `numFmt`: text such as "69.1%" or "1125.0", or the number itself under General. */
export function displayedNumber(value: number, numFmt: string | undefined): number | string {
  const format = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (format === '' || /^general$/i.test(format) || format === '@' || !/[0#?]/.test(format))
    return value;
  const percent = format.includes('%');
  const decimals = /\.([0#?]+)/.exec(format)?.[1]?.length ?? 0;
  const shown = percent ? value * 100 : value;
  const rounded = Number(`${Math.round(Number(`${shown}e${decimals}`))}e-${decimals}`);
  return `${rounded}${percent ? '%' : ''}`;
}

/** How many decimals a number has, as JavaScript writes it. */
const decimalsOf = (n: number): number => /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;

/** The most decimals a reported figure may have; more is a formula's unrounded result. */
export const MAX_DECIMALS = 4;

/**
 * A figure typed or displayed as text, read as a number: full-width digits, a % sign where the
 * unit is %, and thousands separators in groups of three are accepted; anything ambiguous ("112,5"),
 * a unit or a word ("约691", "69.1吨") is a problem that says what to type.
 */
export function parseFigure(
  input: string | number,
  column: string,
  unit: string | undefined,
): { value: number } | { problem: CellProblem } {
  const problem = (zh: string, en: string) => ({ problem: { column, zh, en } });
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return problem('不是有效数字', 'is not a valid number');
    if (decimalsOf(input) > MAX_DECIMALS)
      return problem(
        `“${input}” 的小数位太多（可能是未取整的公式结果）；请把单元格格式设为需要的小数位数（如 0.0），或直接输入数值`,
        `"${input}" has too many decimals (an unrounded formula result?): format the cell with the decimals meant (e.g. 0.0) or type the figure`,
      );
    return { value: input };
  }
  const shown = input;
  let s = input.normalize('NFKC').replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (s.endsWith('%')) {
    if (unit !== '%')
      return problem(
        `“${shown}” 带 % 号，但该项单位是“${unit ?? '无'}”；请只填数字`,
        `"${shown}" has a % sign but the unit is "${unit ?? 'none'}": write the number only`,
      );
    s = s.slice(0, -1);
  }
  if (s.includes(',')) {
    if (!/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
      return problem(
        `“${shown}” 中的逗号含义不明：小数请用小数点（如 112.5），千位分隔的逗号请删去`,
        `"${shown}": the comma is ambiguous; write decimals with a point (112.5) and no thousands separators`,
      );
    s = s.replace(/,/g, '');
  }
  if (!/^[-+]?\d+(\.\d+)?$/.test(s))
    return problem(
      `“${shown}” 不是数字：填报值只填数字（如 691），不带单位，也不写“约”“左右”等字；补充说明写在“说明”列`,
      `"${shown}" is not a number: write the figure only (e.g. 691), without unit or words such as "about"; explain in the 说明 column`,
    );
  return parseFigure(Number(s), column, unit);
}
