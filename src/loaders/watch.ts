/** Dev preview: a content loader re-reads its files when they change, and a data error is logged, not fatal. */
import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { notePlanChange } from './plan-index.ts';

/** Watchers that already tell the plan index about changes (one listener each, registered before any loader's). */
const told = new WeakSet<object>();
/** How long a changed file must stay unchanged before it is read again (ms). */
const SETTLE_MS = 150;

/**
 * Loads now (errors stop a build), then in `npm run dev` registers `paths` (files or folders,
 * relative to the project root) with Astro's watcher and loads again after every change (once the
 * file has settled for SETTLE_MS, so a save in steps is not read half-written); an error
 * then is shown in the terminal and the last good data stays, so the server keeps running.
 * Every change is first told to the plan index (src/loaders/plan-index.ts), which rebuilds if it concerns it.
 */
export async function loadAndWatch(
  context: LoaderContext,
  paths: string[],
  load: () => Promise<void>,
): Promise<void> {
  await load();
  const { watcher, logger } = context;
  if (!watcher) return;
  const absolute = paths.map((p) => resolve(p));
  if (!told.has(watcher)) {
    told.add(watcher);
    for (const event of ['change', 'add', 'unlink'] as const)
      watcher.on(event, (path: string) => void notePlanChange(path));
  }
  watcher.add(absolute);
  const concerns = (changed: string) =>
    absolute.some((p) => changed === p || changed.startsWith(`${p}/`));
  const reload = async (changed: string) => {
    if (!concerns(changed)) return;
    notePlanChange(changed); // before loading: the loader's checks then see the changed plan
    try {
      await load();
      logger.info(`reloaded after a change to ${changed}`);
    } catch (error) {
      logger.error(
        `${(error as Error).message}\n(the preview keeps the last valid data until this is fixed)`,
      );
    }
  };
  // An editor (or a script) may save in steps (truncate, then write): load once the file has settled.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (changed: string) => {
    if (!concerns(changed)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(changed), SETTLE_MS);
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, settle);
}
