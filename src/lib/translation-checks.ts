/**
 * Checks that an English chapter is the twin of its Chinese chapter: same elements with the
 * same ids in the same order, every figure carried over (万/亿 converted), no Chinese left.
 * Pure functions over parsed blocks (see mdx-blocks.ts); each returns a list of problems.
 */
import type { MdxBlock } from './mdx-blocks.ts';

/** Han characters (CJK unified ideographs and extensions). */
const HAN = /\p{Script=Han}/u;

/** Same tags and ids in the same order, and the same editorial notes. */
export function parityProblems(zh: MdxBlock[], en: MdxBlock[], file: string): string[] {
  const problems: string[] = [];
  const key = (b: MdxBlock) => `${b.tag}#${b.id}`;
  const zhKeys = zh.map(key);
  const enKeys = en.map(key);
  const enSet = new Set(enKeys);
  const zhSet = new Set(zhKeys);
  for (const k of zhKeys) if (!enSet.has(k)) problems.push(`${file}: missing ${k} (present in Chinese)`);
  for (const k of enKeys) if (!zhSet.has(k)) problems.push(`${file}: ${k} has no Chinese twin`);
  if (problems.length === 0) {
    const at = zhKeys.findIndex((k, i) => enKeys[i] !== k);
    if (at !== -1) problems.push(`${file}: order differs at ${zhKeys[at]} (English has ${enKeys[at]} there)`);
  }
  for (const b of en) {
    if (b.box !== zh.find((z) => z.id === b.id && z.tag === b.tag)?.box) problems.push(`${file}: ${key(b)} is not in the same box as in Chinese`);
  }
  return problems;
}

const MULTIPLIER: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Rounds away binary noise (4.135 × 10 000 = 41349.99…). */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Figures in Chinese text, with 万 and 亿 applied (4.135万 → 41350). */
export function chineseFigures(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(亿|万)?/g)].map((m) => tidy(Number(m[1]) * (m[2] ? MULTIPLIER[m[2]]! : 1)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Figures in English text (41,350 → 41350; 2.5 → 2.5); a month named before a year counts as its number (May 2021 → 5, 2021). */
export function englishFigures(text: string): number[] {
  const months = [...text.matchAll(new RegExp(`\\b(${MONTHS.join('|')}) \\d{4}\\b`, 'g'))].map((m) => MONTHS.indexOf(m[1]!) + 1);
  const numbers = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => tidy(Number(m[0].replaceAll(',', ''))));
  return [...numbers, ...months];
}

/** Every figure of each Chinese block appears in its English twin. */
export function figureProblems(zh: MdxBlock[], en: MdxBlock[], file: string): string[] {
  const problems: string[] = [];
  const twins = new Map(en.map((b) => [`${b.tag}#${b.id}`, b]));
  for (const z of zh) {
    const e = twins.get(`${z.tag}#${z.id}`);
    if (!e) continue;
    const have = new Set(englishFigures(textOf(e)));
    const missing = chineseFigures(textOf(z)).filter((n) => !have.has(n));
    if (missing.length > 0) problems.push(`${file}: ${z.id} lacks figure(s) ${[...new Set(missing)].join(', ')} found in the Chinese`);
  }
  return problems;
}

/** The visible text of a block: its content plus titled attributes. */
export function textOf(b: MdxBlock): string {
  return [b.attrs['label'], b.attrs['title'], b.attrs['caption'], b.attrs['footnote'], b.text].filter(Boolean).join(' ');
}

/** English blocks carry no Chinese characters (editorial notes live in their own data file). */
export function chineseLeftProblems(en: MdxBlock[], file: string): string[] {
  return en.filter((b) => HAN.test(textOf(b))).map((b) => `${file}: ${b.id} contains Chinese characters: "${textOf(b).match(/.{0,20}\p{Script=Han}+.{0,20}/u)?.[0]}"`);
}
