/** The plan's data (indicators, targets, projects) from the validated collections, in plan order. */
import { getCollection } from 'astro:content';
import { chapterOfElement } from '../lib/registers/targets.ts';
import { perBuild } from './memo.ts';

export async function getCategories() {
  return (await getCollection('indicatorCategories')).map((e) => e.data);
}

/** The 18 indicators of Table 2-1, by number. */
export async function getIndicators() {
  return (await getCollection('indicators')).map((e) => e.data).sort((a, b) => a.number - b.number);
}

/** Where each element id sits (its chapter, its order in the plan) and its text in each language: the plan index's planElements collection, read once per build. */
export const getElementIndex = perBuild(async (_: void) => {
  const elements = (await getCollection('planElements'))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order);
  const order = new Map(elements.map((e) => [e.id, e.order]));
  const boxChapters = new Map(
    elements.filter((e) => e.tag === 'Box').map((e) => [e.id, e.chapter]),
  );
  const texts = new Map(elements.map((e) => [e.id, { zh: e.zh, en: e.en }]));
  return { order, texts, chapterOf: (id: string) => chapterOfElement(id, boxChapters) };
});

/** Targets register entries in plan order, each with its chapter number. */
export async function getTargets() {
  const { order, chapterOf } = await getElementIndex();
  return (await getCollection('targets'))
    .map((e) => ({ ...e.data, chapter: chapterOf(e.data.paragraph) }))
    .sort((a, b) => order.get(a.paragraph)! - order.get(b.paragraph)!);
}

/** Projects register entries in plan order, each with its chapter number. */
export async function getProjects() {
  const { order, chapterOf } = await getElementIndex();
  return (await getCollection('projects'))
    .map((e) => ({ ...e.data, chapter: chapterOf(e.data.paragraph) }))
    .sort((a, b) => order.get(a.paragraph)! - order.get(b.paragraph)!);
}

type TargetData = Awaited<ReturnType<typeof getTargets>>[number];
type IndicatorData = Awaited<ReturnType<typeof getIndicators>>[number];

/** Paragraph id → the targets stated in it and the indicators that discuss it (built once per build). */
export const paragraphEntries = perBuild(async (_: void) => {
  const map = new Map<string, { targets: TargetData[]; indicators: IndicatorData[] }>();
  const at = (id: string) => map.get(id) ?? map.set(id, { targets: [], indicators: [] }).get(id)!;
  for (const t of await getTargets()) at(t.paragraph).targets.push(t);
  for (const i of await getIndicators()) for (const p of i.paragraphs) at(p).indicators.push(i);
  return map;
});
