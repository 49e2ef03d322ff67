/**
 * Budgets of `npm run bench`, pure. A figure that does not depend on machine load (bytes, counts,
 * Lighthouse accessibility) is judged on its one measurement; a figure that does (seconds,
 * Lighthouse performance) on the median of several runs, printed with its spread.
 */

export type Kind = 'stable' | 'load-dependent';

export interface Figure {
  figure: string;
  /** Every run's measurement: one for a stable figure, three or more for a load-dependent one. */
  runs: number[];
  unit: string;
  budget: number;
  /** true: the figure must be at most the budget; false: at least. */
  atMost: boolean;
  kind: Kind;
  /** What to print when the figure is over budget: which page and what costs. */
  diagnosis?: string[];
}

/** Median of the runs (the mean of the middle two for an even count). */
export function median(runs: number[]): number {
  if (runs.length === 0) throw new Error('median of no runs');
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value a figure is judged on: its measurement, or the median of its runs when load-dependent. */
export function judgedValue(f: Figure): number {
  if (f.kind === 'load-dependent' && f.runs.length < 3)
    throw new Error(
      `${f.figure}: a load-dependent figure needs at least 3 runs, got ${f.runs.length}`,
    );
  if (f.kind === 'stable' && f.runs.length !== 1)
    throw new Error(`${f.figure}: a stable figure is measured once, got ${f.runs.length} runs`);
  return f.kind === 'stable' ? f.runs[0]! : median(f.runs);
}

/** Whether the figure is within its budget. */
export function withinBudget(f: Figure): boolean {
  const value = judgedValue(f);
  return f.atMost ? value <= f.budget : value >= f.budget;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** One printed line: figure, value (median and spread when load-dependent), budget, verdict. */
export function formatFigure(f: Figure, width: number): string {
  const value = judgedValue(f);
  const spread =
    f.kind === 'load-dependent'
      ? `  (median of ${f.runs.length}: ${[...f.runs]
          .sort((a, b) => a - b)
          .map(round)
          .join(' / ')})`
      : '';
  const verdict = withinBudget(f) ? 'ok' : 'OVER BUDGET';
  return `${f.figure.padEnd(width)}  ${`${round(value)} ${f.unit}`.padStart(12)}  ${f.atMost ? '≤' : '≥'} ${f.budget} ${f.unit}  ${verdict}${spread}`;
}

/** The whole report: every figure, the diagnosis of each one over budget, and a closing count. */
export function formatReport(figures: Figure[]): { text: string; over: number } {
  const width = Math.max(...figures.map((f) => f.figure.length));
  const lines = [`${'figure'.padEnd(width)}  ${'measured'.padStart(12)}  budget`];
  for (const kind of ['stable', 'load-dependent'] as const) {
    lines.push(
      '',
      kind === 'stable'
        ? '— independent of machine load (one measurement):'
        : '— load-dependent (median of runs):',
    );
    for (const f of figures.filter((x) => x.kind === kind)) lines.push(formatFigure(f, width));
  }
  const over = figures.filter((f) => !withinBudget(f));
  for (const f of over) {
    lines.push('', `over budget: ${f.figure}`);
    for (const d of f.diagnosis ?? ['(no diagnosis recorded)']) lines.push(`  ${d}`);
  }
  lines.push(
    '',
    `bench: ${figures.length - over.length} within budget, ${over.length} over budget`,
  );
  return { text: lines.join('\n'), over: over.length };
}
