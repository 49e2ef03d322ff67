/**
 * Words for a place in the plan, shown wherever a reference is linked (the id stays in the URL
 * fragment): c5-s1-p1 → 第五章第一节第1段 / Ch. 5, §1, ¶1; box-3-p2 → 专栏3第2段 / Box 3, ¶2.
 * Chapters and sections are numbered as the plan numbers them (第五章, 第一节), paragraphs in
 * digits. Undefined for an id of another shape (a heading, which is labelled by its own text).
 */
import { numberToChinese } from './numerals.ts';
import { conventionsOf, type Locale } from '../../i18n/locales.ts';

export function refLabel(id: string, lang: Locale): string | undefined {
  const zh = conventionsOf(lang) === 'zh';
  const plan = /^c(\d+)(?:-s(\d+))?-p(\d+)$/.exec(id);
  if (plan) {
    const [, chapter, section, paragraph] = plan.map(Number);
    const parts = zh
      ? [
          `第${numberToChinese(chapter!)}章`,
          section ? `第${numberToChinese(section)}节` : '',
          `第${paragraph}段`,
        ]
      : [`Ch. ${chapter}`, section ? `, §${section}` : '', `, ¶${paragraph}`];
    return parts.join('');
  }
  const box = /^box-(\d+)-p(\d+)$/.exec(id);
  if (box) return zh ? `专栏${box[1]}第${box[2]}段` : `Box ${box[1]}, ¶${box[2]}`;
  return undefined;
}
