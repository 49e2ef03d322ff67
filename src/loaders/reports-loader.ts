/**
 * Loads every report folder under content/reports/: its data validated by src/schemas/report.ts,
 * its text (zh.md, en.md: plain Markdown, never code) checked by src/lib/staff/report-narrative.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { DataError, parseYaml } from '../lib/core/records.ts';
import { readText } from '../lib/core/text-file.ts';
import { describeProblem, parseNarrative } from '../lib/staff/report-narrative.ts';
import { REPORT_KIND_IDS, type ReportKind } from '../lib/reports/report-kinds.ts';
import type { KnownIds } from '../lib/reports/report-refs.ts';
import { loadAndWatch } from './watch.ts';
import { fallbackOf, localeKeys, type Locale } from '../i18n/locales.ts';
import { validateReport } from '../schemas/report.ts';
import { PLAN_INDEX_SOURCES, planIndex } from './plan-index.ts';

export const REPORTS_DIR = 'content/reports';
/** The bureau's text of a report, one Markdown file per language (zh.md, en.md); a language being translated may have none yet. */
export const REPORT_TEXTS = Object.fromEntries(localeKeys.map((l) => [l, `${l}.md`])) as Record<
  Locale,
  string
>;

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
  let meta: unknown;
  try {
    meta = read('report.yml');
    report = validateReport(folder, meta, read('values.yml'), refs);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  // The text's outline is the kind's: read even when another field of report.yml is wrong, so the
  // text is checked against the right parts (a kind that is itself wrong is reported above).
  const statedKind = (meta as { kind?: unknown } | undefined)?.kind;
  const kind: ReportKind | undefined =
    report?.meta.kind ?? REPORT_KIND_IDS.find((k) => k === statedKind);
  const known: KnownIds = {
    elements: refs.elements,
    indicators: refs.indicators,
    targets: refs.targets,
    projects: refs.projects,
  };
  for (const old of Object.values(REPORT_TEXTS).map((f) => f.replace(/\.md$/, '.mdx')))
    if (existsSync(join(root, folder, old)))
      problems.push(
        `${folder}/${old}：旧的 MDX 文件不再使用；请把文字改写到 ${old.replace(/x$/, '')}（普通 Markdown，见 docs/staff-guide.md）后删除它 / ${folder}/${old} is no longer read: move its text to ${old.replace(/x$/, '')} (plain Markdown) and delete it`,
      );
  const texts: Partial<Record<Locale, string>> = {};
  for (const [lang, file] of Object.entries(REPORT_TEXTS) as [Locale, string][]) {
    if (fallbackOf(lang) && !existsSync(join(root, folder, file))) continue;
    const text = reportText(join(root, folder, file), `${folder}/${file}`, known, kind);
    problems.push(...text.problems);
    texts[lang] = text.source;
  }
  if (problems.length > 0 || !report) throw new DataError(problems);
  return { ...report, texts };
}

/** One report text file, read and checked: its source, and its problems each naming file and line. */
export function reportText(
  path: string,
  name: string,
  known: KnownIds,
  kind: ReportKind | undefined,
): { source: string; problems: string[] } {
  if (!existsSync(path))
    return {
      source: '',
      problems: [`${name}：文件不存在（npm run report:new 会创建它） / ${name} is missing`],
    };
  let source: string;
  try {
    source = readText(path, name);
  } catch (error) {
    if (error instanceof DataError) return { source: '', problems: error.problems };
    throw error;
  }
  // Without a valid kind the outline is unknown: the text's parts are checked once report.yml names one.
  const problems = kind
    ? parseNarrative(source, known, kind).problems.map((p) => describeProblem(name, p))
    : [];
  return { source, problems };
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
