/** The plan's data (indicators, targets, projects) from the validated collections, in plan order. */
import { getCollection } from 'astro:content';
import { getChapters } from './chapters.ts';
import { chapterOfElement } from '../lib/targets.ts';

export async function getCategories() {
  return (await getCollection('indicatorCategories')).map((e) => e.data);
}

/** The 18 indicators of Table 2-1, by number. */
export async function getIndicators() {
  return (await getCollection('indicators')).map((e) => e.data).sort((a, b) => a.number - b.number);
}

/** Where each element id sits: its chapter number, and its order in the plan. */
export async function getElementIndex() {
  const chapters = await getChapters('zh');
  const order = new Map<string, number>();
  const boxChapters = new Map<string, number>();
  let i = 0;
  for (const c of chapters) {
    for (const b of c.blocks) {
      order.set(b.id, i++);
      if (b.tag === 'Box') boxChapters.set(b.id, c.number);
    }
  }
  return { order, chapterOf: (id: string) => chapterOfElement(id, boxChapters) };
}

/** Targets register entries in plan order, each with its chapter number. */
export async function getTargets() {
  const { order, chapterOf } = await getElementIndex();
  return (await getCollection('targets')).map((e) => ({ ...e.data, chapter: chapterOf(e.data.paragraph) }))
    .sort((a, b) => order.get(a.paragraph)! - order.get(b.paragraph)!);
}

/** Projects register entries in plan order, each with its chapter number. */
export async function getProjects() {
  const { order, chapterOf } = await getElementIndex();
  return (await getCollection('projects')).map((e) => ({ ...e.data, chapter: chapterOf(e.data.paragraph) }))
    .sort((a, b) => order.get(a.paragraph)! - order.get(b.paragraph)!);
}

type TargetData = Awaited<ReturnType<typeof getTargets>>[number];
type IndicatorData = Awaited<ReturnType<typeof getIndicators>>[number];
let byParagraph: Promise<Map<string, { targets: TargetData[]; indicators: IndicatorData[] }>> | undefined;

/** Paragraph id → the targets stated in it and the indicators that discuss it (built once per build). */
export function paragraphEntries() {
  byParagraph ??= (async () => {
    const map = new Map<string, { targets: TargetData[]; indicators: IndicatorData[] }>();
    const at = (id: string) => map.get(id) ?? map.set(id, { targets: [], indicators: [] }).get(id)!;
    for (const t of await getTargets()) at(t.paragraph).targets.push(t);
    for (const i of await getIndicators()) for (const p of i.paragraphs) at(p).indicators.push(i);
    return map;
  })();
  return byParagraph;
}
