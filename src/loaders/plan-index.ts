/**
 * The plan index: every element of the plan (chapters, paragraphs, headings, boxes) and the ids of the
 * registers (indicators, categories, targets, projects), read from content/ once per process and
 * rebuilt only when one of its files changes (`npm run dev`: src/loaders/watch.ts tells it).
 * The content loaders, `npm run check`, the scripts and (through the planElements collection) the
 * pages all query this one index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseMdxBlocks, type MdxBlock, type Tag } from '../lib/plan/mdx-blocks.ts';
import { chapterOfElement } from '../lib/registers/targets.ts';
import { TARGET_YEAR } from '../lib/plan/plan-period.ts';
import { baselinePoint, planGoal } from '../lib/reports/report-view.ts';
import type { Refs } from '../schemas/refs.ts';
import type { ReportRefs } from '../schemas/report.ts';
import type { Comparator } from '../lib/reports/status.ts';

/** The folders and files the index is read from (relative to the project root). */
export const PLAN_INDEX_SOURCES = [
  'content/plan/zh',
  'content/plan/en',
  'content/indicators',
  'content/targets',
  'content/projects',
] as const;
const REGISTERS = {
  indicators: 'content/indicators/indicators.yml',
  categories: 'content/indicators/categories.yml',
  targets: 'content/targets/targets.yml',
  projects: 'content/projects/projects.yml',
} as const;

/** One element of the plan: its id, tag, chapter, place in reading order and text in each language. */
export type PlanElement = {
  id: string;
  tag: Tag;
  /** The chapter it sits in (the number of its file: 05.mdx → 5). */
  chapter: number;
  /** Position in the plan's reading order (0, 1, 2 …). */
  order: number;
  zh: string;
  en: string;
};

export interface PlanIndex {
  /** Each chapter file (01.mdx …) with its parsed blocks in each language (null when the English file is missing). */
  chapters: { name: string; zh: MdxBlock[]; en: MdxBlock[] | null }[];
  /** Every element of the Chinese chapters, in reading order. */
  elements: PlanElement[];
  /** The registers' rows as written (not yet validated: their loaders and `npm run check` do that), and why a register could not be read. */
  registers: { indicators: Row[]; targets: Row[]; projects: Row[]; problems: string[] };
  /** What data records may point at (the schemas' references). */
  refs: Refs;
  /** References plus what report values are checked against. */
  reportRefs: ReportRefs;
  /** The chapter an element id sits in (c5-… → 5; box-3-… → its box's chapter). */
  chapterOf: (id: string) => number;
}

/** A register row as parsed from YAML. */
export type Row = Record<string, unknown>;

/** The rows of a register, or none (its own loader reports its syntax errors, naming the file; so does `problems`). */
function rows(path: string, name: string, problems: string[]): Row[] {
  if (!existsSync(path)) {
    problems.push(`${name} is missing`);
    return [];
  }
  try {
    const list = parse(readFileSync(path, 'utf8')) as unknown;
    if (Array.isArray(list))
      return list.filter((r): r is Row => typeof r === 'object' && r !== null);
    problems.push(`${name}: expected a list of records`);
  } catch (error) {
    problems.push(`${name}: ${(error as Error).message}`);
  }
  return [];
}
const idsOf = (list: Row[]) =>
  new Set(list.flatMap((r) => (typeof r['id'] === 'string' ? [r['id']] : [])));

function build(root: string): PlanIndex {
  const dir = (lang: string) => join(root, 'content/plan', lang);
  const elements: PlanElement[] = [];
  const boxChapters = new Map<string, number>();
  const chapters: PlanIndex['chapters'] = [];
  for (const name of readdirSync(dir('zh'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const zh = parseMdxBlocks(
      readFileSync(join(dir('zh'), name), 'utf8'),
      `content/plan/zh/${name}`,
    );
    const enFile = join(dir('en'), name);
    const en = existsSync(enFile)
      ? parseMdxBlocks(readFileSync(enFile, 'utf8'), `content/plan/en/${name}`)
      : null;
    chapters.push({ name, zh, en });
    const enText = new Map((en ?? []).map((b) => [b.id, b.attrs['title'] ?? b.text]));
    const chapter = Number.parseInt(name, 10);
    for (const b of zh) {
      elements.push({
        id: b.id,
        tag: b.tag,
        chapter,
        order: elements.length,
        zh: b.attrs['title'] ?? b.text,
        en: enText.get(b.id) ?? '',
      });
      if (b.tag === 'Box') boxChapters.set(b.id, chapter);
    }
  }
  const problems: string[] = [];
  const register = (name: keyof typeof REGISTERS) =>
    rows(join(root, REGISTERS[name]), REGISTERS[name], problems);
  const indicators = register('indicators');
  const targets = register('targets');
  const projects = register('projects');
  const refs: Refs = {
    elements: new Map(elements.map((e) => [e.id, { zh: e.zh, en: e.en }])),
    indicators: idsOf(indicators),
    categories: idsOf(register('categories')),
    targets: idsOf(targets),
    projects: idsOf(projects),
  };
  const reportRefs: ReportRefs = {
    ...refs,
    indicatorUnits: new Map(
      indicators.map((i) => [String(i['id']), i['unit'] as string | undefined]),
    ),
    qualitativeTargets: new Map(
      indicators.flatMap((i) => {
        const text = (i['target'] as { text?: { zh?: string } } | undefined)?.text?.zh;
        return text ? [[String(i['id']), text] as [string, string]] : [];
      }),
    ),
    targetUnits: new Map(targets.map((t) => [String(t['id']), String(t['unit'])])),
    indicatorGoals: new Map(
      indicators.map((i) => {
        const target = i['target'] as { value?: number; comparator?: Comparator } | undefined;
        const baseline = i['baseline'] as { value?: number; asOf?: string } | undefined;
        return [
          String(i['id']),
          {
            // The same goal and baseline point the report pages judge by (report-view.ts).
            goal: planGoal(target),
            baseline: baselinePoint({ baseline }),
          },
        ];
      }),
    ),
    targetGoals: new Map(
      targets.map((t) => [
        String(t['id']),
        {
          goal: {
            comparator: t['comparator'] as Comparator,
            value: Number(t['value']),
            deadline: Number(t['deadline'] ?? TARGET_YEAR),
          },
          indicator: typeof t['indicator'] === 'string' ? t['indicator'] : null,
          sameAs: typeof t['sameAs'] === 'string' ? t['sameAs'] : null,
        },
      ]),
    ),
  };
  return {
    chapters,
    elements,
    registers: { indicators, targets, projects, problems },
    refs,
    reportRefs,
    chapterOf: (id) => chapterOfElement(id, boxChapters),
  };
}

/** The files an index was built from, with their modification times (to tell whether a change concerns it). */
function stamps(root: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const source of PLAN_INDEX_SOURCES) {
    const folder = join(root, source);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      const path = resolve(folder, name);
      out.set(path, statSync(path).mtimeMs);
    }
  }
  return out;
}

const built = new Map<string, { index: PlanIndex; stamps: Map<string, number> }>();

/** The plan index of the content folder at `root`: built on first use, then the same object until a file of it changes. */
export function planIndex(root = '.'): PlanIndex {
  const key = resolve(root);
  let entry = built.get(key);
  if (!entry) {
    const before = stamps(root);
    entry = { index: build(root), stamps: before };
    built.set(key, entry);
  }
  return entry.index;
}

/**
 * Tells the index that `path` (absolute) changed, was added or removed: the next query rebuilds it
 * if the file is one of its sources and differs from what it was built from. Returns whether it will.
 */
export function notePlanChange(path: string): boolean {
  let stale = false;
  for (const [key, entry] of built) {
    const where = relative(key, path);
    if (!PLAN_INDEX_SOURCES.some((s) => where.startsWith(`${s}/`))) continue;
    const known = entry.stamps.get(path);
    const now = existsSync(path) ? statSync(path).mtimeMs : undefined;
    if (known !== now) {
      built.delete(key);
      stale = true;
    }
  }
  return stale;
}

/**
 * References that always answer from the current index (the zod schemas of content.config.ts are
 * built once, but in `npm run dev` the plan they check against may change).
 */
export function liveRefs(root = '.'): Refs {
  return {
    get elements() {
      return planIndex(root).refs.elements;
    },
    get indicators() {
      return planIndex(root).refs.indicators;
    },
    get categories() {
      return planIndex(root).refs.categories;
    },
    get targets() {
      return planIndex(root).refs.targets;
    },
    get projects() {
      return planIndex(root).refs.projects;
    },
  };
}
