/** The project glossary as data, and the check that a translation uses its renderings. */
import type { MdxBlock } from '../plan/mdx-blocks.ts';

export interface GlossaryTerm {
  id: string;
  group: 'structure' | 'places' | 'policy' | 'units';
  zh: string[];
  en: string;
  match?: string | undefined;
  check?: boolean | undefined;
  basis: string;
  /** Renderings that drifted from `en` and were replaced; they must not appear again. */
  rejected?: string[] | undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern an English twin must contain where the term occurs in Chinese. */
export function renderingPattern(term: GlossaryTerm): RegExp {
  return new RegExp(term.match ?? escapeRegExp(term.en), 'i');
}

/** Where a glossary term occurs in a Chinese block, its rendering must occur in the English twin. */
export function glossaryProblems(
  zh: MdxBlock[],
  en: MdxBlock[],
  terms: GlossaryTerm[],
  file: string,
): string[] {
  const twins = new Map(en.map((b) => [`${b.tag}#${b.id}`, b]));
  const checked = terms.filter((t) => t.check !== false);
  const problems: string[] = [];
  for (const z of zh) {
    const e = twins.get(`${z.tag}#${z.id}`);
    if (!e) continue;
    const zhText = [z.attrs['title'], z.text].join(' ');
    const enText = [e.attrs['title'], e.text].join(' ');
    for (const term of checked) {
      if (term.zh.some((v) => zhText.includes(v)) && !renderingPattern(term).test(enText)) {
        problems.push(
          `${file}: ${z.id} has ${term.zh.find((v) => zhText.includes(v))} but not “${term.en}” (glossary ${term.id})`,
        );
      }
    }
  }
  return problems;
}

/** One rendering per term: no Chinese term (variant) and no id appears twice. */
export function duplicateTerms(terms: GlossaryTerm[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const t of terms) {
    for (const key of [`id:${t.id}`, ...t.zh.map((z) => `zh:${z}`)]) {
      const other = seen.get(key);
      if (other)
        problems.push(
          `glossary: ${key.slice(key.indexOf(':') + 1)} is defined by both ${other} and ${t.id}`,
        );
      seen.set(key, t.id);
    }
  }
  return problems;
}
