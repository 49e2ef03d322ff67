/**
 * The sources a report actually cites: every distinct source (by title) of its reported values and
 * project progress, in the order they first appear (indicators, targets, projects), for the report's
 * "how this evaluation was made" block. Pure.
 */
export interface CitedSource {
  title: string;
  url?: string | undefined;
}

interface WithSource {
  source?: CitedSource | undefined;
}

export function citedSources(report: {
  values: { indicators: WithSource[]; targets: WithSource[]; projects: WithSource[] };
}): CitedSource[] {
  const seen = new Map<string, CitedSource>();
  for (const item of [
    ...report.values.indicators,
    ...report.values.targets,
    ...report.values.projects,
  ]) {
    const source = item.source;
    if (!source?.title) continue;
    // One entry per title; its address is the first one any item gives.
    const known = seen.get(source.title);
    if (!known) seen.set(source.title, { title: source.title, url: source.url });
    else if (!known.url && source.url) known.url = source.url;
  }
  return [...seen.values()];
}
