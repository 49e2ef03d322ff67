/** Loads every report folder under content/reports/, validated by src/schemas/report.ts; its text checked by src/lib/mdx-safety.ts. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { DataError, parseYaml } from '../lib/records.ts';
import { readText } from '../lib/text-file.ts';
import { brokenLinks, unsafeMdx, type LinkTargets } from '../lib/mdx-safety.ts';
import { loadAndWatch } from './watch.ts';
import { validateReport } from '../schemas/report.ts';
import { PLAN_INDEX_SOURCES, planIndex } from './plan-index.ts';

export const REPORTS_DIR = 'content/reports';
export const REPORT_TEXTS = ['zh.mdx', 'en.mdx'] as const;

/** Reads and validates one report folder (relative to `root`): data, then text; throws a DataError listing every problem. */
export function readReport(root: string, name: string) {
  const folder = `${REPORTS_DIR}/${name}`;
  const problems: string[] = [];
  const read = (file: string) => {
    const path = join(root, folder, file);
    if (!existsSync(path))
      throw new DataError([`${folder}/${file} is missing (npm run report:new creates it)`]);
    return parseYaml(`${folder}/${file}`, readText(path, `${folder}/${file}`));
  };
  const refs = planIndex(root).reportRefs;
  let report: ReturnType<typeof validateReport> | undefined;
  try {
    report = validateReport(folder, read('report.yml'), read('values.yml'), refs);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  const targets: LinkTargets = {
    elements: new Set(refs.elements.keys()),
    chapters: new Set(
      [...refs.elements.keys()].flatMap((id) => {
        const m = /^c(\d+)-/.exec(id);
        return m ? [Number(m[1])] : [];
      }),
    ),
    indicators: refs.indicators,
    targets: refs.targets,
    projects: refs.projects,
  };
  for (const file of REPORT_TEXTS)
    problems.push(...reportTextProblems(join(root, folder, file), `${folder}/${file}`, targets));
  if (problems.length > 0 || !report) throw new DataError(problems);
  return report;
}

/** Problems of one report text file: encoding, unsafe constructs, broken links, each with its line. */
export function reportTextProblems(path: string, name: string, targets: LinkTargets): string[] {
  if (!existsSync(path)) return [`${name} is missing (npm run report:new creates it)`];
  let source: string;
  try {
    source = readText(path, name);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [...unsafeMdx(source), ...brokenLinks(source, targets)].map(
    (p) => `${name}:${p.line}: ${p.zh} / ${p.en}`,
  );
}

/** Names of the report folders. */
export function reportFolders(root = '.'): string[] {
  const dir = join(root, REPORTS_DIR);
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

/** The reports collection: every folder validated; re-read in `npm run dev` when a report file or a register changes. */
export function reportsLoader(): Loader {
  return {
    name: 'reports',
    load: async (context) => {
      const { store, parseData } = context;
      await loadAndWatch(context, [REPORTS_DIR, ...PLAN_INDEX_SOURCES], async () => {
        const reports = reportFolders().map((name) => ({ name, report: readReport('.', name) })); // all valid, or nothing changes
        store.clear();
        for (const { name, report } of reports) {
          store.set({ id: name, data: await parseData({ id: name, data: report }) });
        }
      });
    },
  };
}
