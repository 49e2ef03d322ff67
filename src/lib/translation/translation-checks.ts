/**
 * Checks that an English chapter is the twin of its Chinese chapter: same elements with the
 * same ids in the same order, every figure carried over (万/亿 converted), no Chinese left.
 * Pure functions over parsed blocks (see mdx-blocks.ts); each returns a list of problems.
 */
import type { MdxBlock } from '../plan/mdx-blocks.ts';
import type { GlossaryTerm } from './glossary.ts';
import { MONTHS } from '../core/months.ts';

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
  for (const k of zhKeys)
    if (!enSet.has(k)) problems.push(`${file}: missing ${k} (present in Chinese)`);
  for (const k of enKeys) if (!zhSet.has(k)) problems.push(`${file}: ${k} has no Chinese twin`);
  if (problems.length === 0) {
    const at = zhKeys.findIndex((k, i) => enKeys[i] !== k);
    if (at !== -1)
      problems.push(`${file}: order differs at ${zhKeys[at]} (English has ${enKeys[at]} there)`);
  }
  for (const b of en) {
    if (b.box !== zh.find((z) => z.id === b.id && z.tag === b.tag)?.box)
      problems.push(`${file}: ${key(b)} is not in the same box as in Chinese`);
  }
  return problems;
}

const MULTIPLIER: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Rounds away binary noise (4.135 × 10 000 = 41349.99…). */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Figures in Chinese text, with 万 and 亿 applied (4.135万 → 41350). */
export function chineseFigures(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(亿|万)?/g)].map((m) =>
    tidy(Number(m[1]) * (m[2] ? MULTIPLIER[m[2]]! : 1)),
  );
}

/** Figures in English text (41,350 → 41350; 2.5 → 2.5); a month named before a year counts as its number (May 2021 → 5, 2021). */
export function englishFigures(text: string): number[] {
  const months = [...text.matchAll(new RegExp(`\\b(${MONTHS.join('|')}) \\d{4}\\b`, 'g'))].map(
    (m) => MONTHS.indexOf(m[1]!) + 1,
  );
  const numbers = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) =>
    tidy(Number(m[0].replaceAll(',', ''))),
  );
  return [...numbers, ...months];
}

/** The English of the editor's notes placed right after each block (block id → note texts). */
function notesAfter(en: MdxBlock[], notes: ReadonlyMap<string, string>): Map<string, string[]> {
  const after = new Map<string, string[]>();
  let last: MdxBlock | undefined;
  for (const b of en) {
    if (b.tag !== 'Note') {
      last = b;
      continue;
    }
    const text = notes.get(b.id);
    if (last && text !== undefined) after.set(last.id, [...(after.get(last.id) ?? []), text]);
  }
  return after;
}

/**
 * Every figure of each Chinese block appears in its English twin, or in the English of an
 * editor's note shown right after it (where the translation gives a reading of a misprinted
 * figure, such as a broken document number, the note quotes what was printed).
 */
export function figureProblems(
  zh: MdxBlock[],
  en: MdxBlock[],
  file: string,
  notes: ReadonlyMap<string, string> = new Map(),
): string[] {
  const problems: string[] = [];
  const twins = new Map(en.map((b) => [`${b.tag}#${b.id}`, b]));
  const noted = notesAfter(en, notes);
  for (const z of zh) {
    const e = twins.get(`${z.tag}#${z.id}`);
    if (!e) continue;
    const have = new Set(englishFigures([textOf(e), ...(noted.get(e.id) ?? [])].join(' ')));
    const missing = chineseFigures(textOf(z)).filter((n) => !have.has(n));
    if (missing.length > 0)
      problems.push(
        `${file}: ${z.id} lacks figure(s) ${[...new Set(missing)].join(', ')} found in the Chinese`,
      );
  }
  return problems;
}

/** The visible text of a block: its content plus titled attributes. */
export function textOf(b: MdxBlock): string {
  return [b.attrs['label'], b.attrs['title'], b.attrs['caption'], b.attrs['footnote'], b.text]
    .filter(Boolean)
    .join(' ');
}

/** English blocks carry no Chinese characters (editorial notes live in their own data file). */
export function chineseLeftProblems(en: MdxBlock[], file: string): string[] {
  return en
    .filter((b) => HAN.test(textOf(b)))
    .map(
      (b) =>
        `${file}: ${b.id} contains Chinese characters: "${textOf(b).match(/.{0,20}\p{Script=Han}+.{0,20}/u)?.[0]}"`,
    );
}

/** A piece of English text to check, with the id that locates it (paragraph, record or key). */
export interface EnglishText {
  id: string;
  text: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive pattern for a rejected variant, anchored at word boundaries where it starts or ends with a letter or digit. */
function variantPattern(variant: string): RegExp {
  const start = /^\w/.test(variant) ? '\\b' : '';
  const end = /\w$/.test(variant) ? '\\b' : '';
  return new RegExp(`${start}${escapeRegExp(variant).replace(/ /g, '\\s+')}${end}`, 'i');
}

/** One rendering per term: each English text that contains a rejected variant of a glossary term, named with file, id and the variant found. */
export function rejectedVariantProblems(
  texts: EnglishText[],
  terms: GlossaryTerm[],
  file: string,
): string[] {
  const problems: string[] = [];
  const rules = terms.flatMap((t) =>
    (t.rejected ?? []).map((variant) => ({ term: t, variant, pattern: variantPattern(variant) })),
  );
  for (const { id, text } of texts) {
    for (const { term, variant, pattern } of rules) {
      const found = pattern.exec(text);
      if (found)
        problems.push(
          `${file}: ${id} has “${found[0]}”, a rejected variant of ${term.zh[0]} (glossary ${term.id}: use “${term.en}”; rejected: “${variant}”)`,
        );
    }
  }
  return problems;
}

/** The English texts of chapter blocks, for the rejected-variant check. */
export function blockTexts(en: MdxBlock[]): EnglishText[] {
  return en.map((b) => ({ id: b.id, text: textOf(b) })).filter((t) => t.text !== '');
}

/** The English strings of data records (every `en` field, at any depth), each under its record id and field path. */
export function recordTexts(records: unknown[]): EnglishText[] {
  const texts: EnglishText[] = [];
  const walk = (value: unknown, id: string, path: string, inEnglish: boolean) => {
    if (typeof value === 'string') {
      if (inEnglish) texts.push({ id: `${id}, field "${path}"`, text: value });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, id, `${path}[${i}]`, inEnglish));
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        walk(v, id, path ? `${path}.${k}` : k, inEnglish || k === 'en');
    }
  };
  records.forEach((r, i) => {
    const id =
      r && typeof r === 'object' && 'id' in r
        ? `"${String((r as { id: unknown }).id)}"`
        : `record ${i + 1}`;
    walk(r, id, '', false);
  });
  return texts;
}

/** The lines of an English text file (interface strings, pages, reports), each under its line number. */
export function lineTexts(source: string): EnglishText[] {
  return source
    .split('\n')
    .map((text, i) => ({ id: `line ${i + 1}`, text }))
    .filter((t) => t.text.trim() !== '');
}
