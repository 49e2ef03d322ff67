/** Chinese numerals as the plan uses them for chapters, sections and items (一 … 九十九). */

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Converts a Chinese numeral from 一 to 九十九 into a number; throws on anything else. */
export function chineseToNumber(numeral: string): number {
  const match = /^(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!numeral || !match) throw new Error(`not a Chinese numeral from 一 to 九十九: "${numeral}"`);
  const [, tens, units] = match;
  const hasTen = numeral.includes('十');
  const tensValue = hasTen ? (tens ? DIGITS[tens]! : 1) : 0;
  return tensValue * 10 + (units ? DIGITS[units]! : 0);
}

/** Converts 1 … 99 into a Chinese numeral (the inverse of chineseToNumber). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99)
    throw new Error(`cannot write ${n} as a Chinese numeral`);
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return names[units]!;
  return `${tens === 1 ? '' : names[tens]}十${names[units]}`;
}
