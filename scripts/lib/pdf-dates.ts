/**
 * PDF dates that come from the content, not the clock, so two builds of one commit are
 * byte-identical: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the date
 * of the last commit, else the plan's publication date.
 */
import { execFileSync } from 'node:child_process';
import type { PDFDocument } from 'pdf-lib';

/** The plan's publication date, the last resort outside a git checkout. */
const PUBLISHED = '2022-09-20T00:00:00Z';

/** The date the PDFs carry as created and modified. */
export function contentDate(env: NodeJS.ProcessEnv = process.env, cwd = '.'): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    /* not a git checkout */
  }
  return new Date(PUBLISHED);
}

/** Sets a loaded PDF's creation and modification dates to `date`. */
export function stampDates(doc: PDFDocument, date: Date): void {
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}
