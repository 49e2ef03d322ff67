/** English text that is not yet a translation: a placeholder, or a paragraph with no English in it. Pure. */
import type { MdxBlock } from '../plan/mdx-blocks.ts';
import { textOf } from './translation-checks.ts';

const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b|\(to be translated\)|待译|待翻译/i;

/** Problems of English blocks: placeholders, and text blocks without a single English word. */
export function untranslatedProblems(en: MdxBlock[], file: string): string[] {
  const problems: string[] = [];
  for (const b of en) {
    const text = textOf(b);
    const placeholder = PLACEHOLDER.exec(text);
    if (placeholder)
      problems.push(
        `${file}:${b.line}: ${b.id} 含占位文字 “${placeholder[0]}” / ${b.id} has a placeholder ("${placeholder[0]}") instead of a translation`,
      );
    else if (text.trim() !== '' && !/[A-Za-z]{2,}/.test(text))
      problems.push(`${file}:${b.line}: ${b.id} 没有英文 / ${b.id} has no English in it`);
  }
  return problems;
}
