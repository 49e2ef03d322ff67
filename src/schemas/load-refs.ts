/** Reads what data may refer to (plan element ids and texts, data ids) straight from content/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseMdxBlocks } from '../lib/mdx-blocks.ts';
import type { Refs } from './refs.ts';
import type { NumericGoal } from '../lib/status.ts';

function idsOf(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  try {
    const list = parse(readFileSync(path, 'utf8')) as unknown;
    return new Set(Array.isArray(list) ? list.flatMap((r) => (r && typeof r.id === 'string' ? [r.id as string] : [])) : []);
  } catch {
    return new Set(); // the file's own loader reports its syntax error, naming it
  }
}

/** Collects the references from the content folder at `root`. */
export function loadRefs(root = '.'): Refs {
  const elements = new Map<string, { zh: string; en: string }>();
  const dir = (lang: string) => join(root, 'content/plan', lang);
  for (const name of readdirSync(dir('zh')).filter((f) => f.endsWith('.mdx')).sort()) {
    const zh = parseMdxBlocks(readFileSync(join(dir('zh'), name), 'utf8'), `content/plan/zh/${name}`);
    const enFile = join(dir('en'), name);
    const en = existsSync(enFile) ? parseMdxBlocks(readFileSync(enFile, 'utf8'), `content/plan/en/${name}`) : [];
    const enText = new Map(en.map((b) => [b.id, b.attrs['title'] ?? b.text]));
    for (const b of zh) elements.set(b.id, { zh: b.attrs['title'] ?? b.text, en: enText.get(b.id) ?? '' });
  }
  return {
    elements,
    indicators: idsOf(join(root, 'content/indicators/indicators.yml')),
    categories: idsOf(join(root, 'content/indicators/categories.yml')),
    targets: idsOf(join(root, 'content/targets/targets.yml')),
    projects: idsOf(join(root, 'content/projects/projects.yml')),
  };
}

/** References plus what report values are checked against (units, qualitative targets). */
export function loadReportRefs(root = '.'): import('./report.ts').ReportRefs {
  const list = (path: string): Record<string, unknown>[] => {
    try {
      const parsed = parse(readFileSync(join(root, path), 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as Record<string, unknown>[]) : [];
    } catch {
      return [];
    }
  };
  const indicators = list('content/indicators/indicators.yml');
  const targets = list('content/targets/targets.yml');
  return {
    ...loadRefs(root),
    indicatorUnits: new Map(indicators.map((i) => [String(i['id']), i['unit'] as string | undefined])),
    qualitativeTargets: new Map(indicators.flatMap((i) => {
      const text = (i['target'] as { text?: { zh?: string } } | undefined)?.text?.zh;
      return text ? [[String(i['id']), text] as [string, string]] : [];
    })),
    targetUnits: new Map(targets.map((t) => [String(t['id']), String(t['unit'])])),
    indicatorGoals: new Map(indicators.map((i) => {
      const t = i['target'] as { value?: number; comparator?: NumericGoal['comparator'] } | undefined;
      const b = i['baseline'] as { value?: number; asOf?: string } | undefined;
      return [String(i['id']), {
        goal: t?.value !== undefined && t.comparator ? { comparator: t.comparator, value: t.value, deadline: 2025 } : undefined,
        baseline: b?.value !== undefined ? { value: b.value, year: b.asOf ? Number(String(b.asOf).slice(0, 4)) : 2020 } : undefined,
      }];
    })),
    targetGoals: new Map(targets.map((t) => [String(t['id']), {
      goal: { comparator: t['comparator'] as NumericGoal['comparator'], value: Number(t['value']), deadline: Number(t['deadline'] ?? 2025) },
      indicator: typeof t['indicator'] === 'string' ? t['indicator'] : null,
      sameAs: typeof t['sameAs'] === 'string' ? t['sameAs'] : null,
    }])),
  };
}
