/**
 * Checks one report text (content/reports/<id>/<lang>.mdx): its three narrative parts, and every
 * <Ref> when `known` is given (readReport already checks Refs in report texts: src/lib/mdx-safety.ts). Pure.
 */
import { parseNarrative } from './report-outline.ts';
import { checkRefs, type KnownIds } from './report-refs.ts';

/** Problems of a report's MDX file, each naming the file (and the line where there is one). */
export function checkReportText(file: string, source: string, known?: KnownIds): string[] {
  // Blank out the front matter, keeping line numbers right.
  const fm = /^---\n[\s\S]*?\n---\n/.exec(source);
  const body = fm ? fm[0].replace(/[^\n]/g, '') + source.slice(fm[0].length) : source;
  return [...parseNarrative(body, file).problems, ...(known ? checkRefs(file, body, known) : [])];
}
