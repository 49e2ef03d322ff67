/**
 * What `<Ref to="…" />` in a report's text may cite: a plan element (paragraph, heading, box),
 * an indicator, a target or a project, by its permanent id. Pure: the known ids are passed in.
 */

export type RefKind = 'element' | 'indicator' | 'target' | 'project';

export interface KnownIds {
  elements: { has(id: string): boolean };
  indicators: { has(id: string): boolean };
  targets: { has(id: string): boolean };
  projects: { has(id: string): boolean };
}

/** Which kind of item an id names (indicators, targets and projects before plan elements), or undefined. */
export function refKind(id: string, known: KnownIds): RefKind | undefined {
  if (known.indicators.has(id)) return 'indicator';
  if (known.targets.has(id)) return 'target';
  if (known.projects.has(id)) return 'project';
  if (known.elements.has(id)) return 'element';
  return undefined;
}

/** Every `<Ref to="…">` in an MDX text, with its line number. */
export function findRefs(text: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<Ref\b([^>]*)\/?>/g)) {
      const to = /\bto\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1] ?? '');
      out.push({ id: to ? (to[1] ?? to[2] ?? '') : '', line: i + 1 });
    }
  });
  return out;
}

/** Problems with the citations of one file: a Ref without `to`, or an id that names nothing. */
export function checkRefs(file: string, text: string, known: KnownIds): string[] {
  return findRefs(text).flatMap(({ id, line }) => {
    if (id === '')
      return [
        `${file}: line ${line}: <Ref> needs to="…" (a paragraph, indicator, target or project id)`,
      ];
    return refKind(id, known)
      ? []
      : [
          `${file}: line ${line}: <Ref to="${id}"> names no paragraph, indicator, target or project of the plan`,
        ];
  });
}
