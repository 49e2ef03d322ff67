/** The bureau's text of a report, per part, as sanitized HTML with its `ref:` links pointing into the plan. */
import type { Locale } from '../i18n/locales.ts';
import type { SiteUrls } from '../lib/core/urls.ts';
import { reportParts, type PartId, type ReportKind } from '../lib/reports/report-outline.ts';
import { hasText, parseNarrative } from '../lib/staff/report-narrative.ts';
import { narrativeHtml, type ResolveRef } from '../lib/staff/report-narrative-html.ts';
import { refKind } from '../lib/reports/report-refs.ts';
import { refLabel } from '../lib/plan/ref-label.ts';
import { withBase } from '../lib/core/paths.ts';
import { getChapters } from './chapters.ts';
import { getIndicators, getProjects, getTargets } from './plan-data.ts';

/** Each part's HTML, or undefined where the part has no text yet (the page shows 待填写). */
export async function narrativeParts(
  source: string,
  lang: Locale,
  urls: SiteUrls,
  kind: ReportKind,
): Promise<Map<PartId, string | undefined>> {
  const [indicators, targets, projects, chapters] = await Promise.all([
    getIndicators(),
    getTargets(),
    getProjects(),
    getChapters(lang),
  ]);
  const ids = <T extends { id: string }>(list: T[]) => new Set(list.map((x) => x.id));
  const blocks = new Map(
    chapters.flatMap((c) => c.blocks.map((b) => [b.id, { chapter: c.number, block: b }] as const)),
  );
  const known = {
    indicators: ids(indicators),
    targets: ids(targets),
    projects: ids(projects),
    elements: blocks,
  };
  const resolve: ResolveRef = (id) => {
    const kind = refKind(id, known);
    if (kind === 'indicator')
      return { href: urls.indicator(id), label: indicators.find((x) => x.id === id)!.name[lang] };
    if (kind === 'target')
      return { href: urls.targets(id), label: targets.find((x) => x.id === id)!.metric[lang] };
    if (kind === 'project')
      return { href: urls.projects(id), label: projects.find((x) => x.id === id)!.name[lang] };
    const found = blocks.get(id);
    if (!found)
      throw new Error(`ref:${id} names nothing in the plan (npm run check names the file)`);
    const { chapter, block } = found;
    const label = refLabel(id, lang) ?? block.attrs['title'] ?? block.text ?? id;
    return { href: urls.anchor(chapter, id), label };
  };
  const { parts, problems } = parseNarrative(source, known, kind);
  if (problems.length > 0)
    throw new Error('report text refused (npm run check lists every problem)');
  return new Map(
    reportParts(kind).map((p) => {
      const nodes = parts.get(p.id);
      return [
        p.id,
        hasText(nodes)
          ? narrativeHtml(nodes!, resolve, (path) => withBase(import.meta.env.BASE_URL, path))
          : undefined,
      ];
    }),
  );
}
