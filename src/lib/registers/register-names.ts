/**
 * Checks that the English name of a register entry names the same kind of object as its Chinese:
 * where the Chinese contains a keyword (地源热泵, 酸性废水, 污水 …), the English must contain its
 * English (heat pump, acid mine water, sewage …). A name that renders only the place or the
 * building fails.
 */

/** A Chinese keyword and the English words (a case-insensitive regular expression) it requires. */
export interface KeywordRule {
  zh: string;
  en: string;
}

/** A register entry's bilingual text to check. */
export interface NamedEntry {
  id: string;
  zh: string;
  en: string;
}

/** Problems, one per entry and keyword whose English is missing from the entry's English name. */
export function keywordProblems(
  entries: NamedEntry[],
  rules: KeywordRule[],
  file: string,
  field = 'name',
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const rule of rules) {
      if (entry.zh.includes(rule.zh) && !new RegExp(rule.en, 'i').test(entry.en)) {
        problems.push(
          `${file}: "${entry.id}", field "${field}.en": the Chinese has ${rule.zh} but the English lacks /${rule.en}/ ("${entry.en}")`,
        );
      }
    }
  }
  return problems;
}
