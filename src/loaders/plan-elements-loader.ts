/** The planElements collection: every element of the plan from the plan index, for the pages to query (src/data/plan-data.ts). */
import type { Loader } from 'astro/loaders';
import { loadAndWatch } from './watch.ts';
import { PLAN_INDEX_SOURCES, planIndex } from './plan-index.ts';

/** Stores each element (id, tag, chapter, order, texts); re-read in `npm run dev` when a chapter or register changes. */
export function planElementsLoader(): Loader {
  return {
    name: 'plan-elements',
    load: async (context) => {
      const { store, parseData } = context;
      await loadAndWatch(context, [...PLAN_INDEX_SOURCES], async () => {
        const { elements } = planIndex();
        store.clear();
        for (const e of elements)
          store.set({ id: e.id, data: await parseData({ id: e.id, data: e }) });
      });
    },
  };
}
