/**
 * PDF dates that come from the content, not the clock, so two builds of one commit are
 * byte-identical: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the date
 * of the last commit, else the plan's publication date.
 */
import { execFileSync } from 'node:child_process';
import { PDFString, type PDFDocument } from 'pdf-lib';

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

const DATE_FIELD = /\/(CreationDate|ModDate) \(D:\d{14}Z\)/g;

/**
 * A finished PDF (saved by stampDates' caller, its dates uncompressed in the document
 * information) with both dates set to `date`: the same bytes as a print stamped with `date`, since
 * a date always has the same length and nothing else in the file moves. Undefined when the file
 * does not have exactly one creation and one modification date to change: then it is printed again.
 */
export function restampDates(pdf: Uint8Array, date: Date): Uint8Array | undefined {
  const text = Buffer.from(pdf).toString('latin1');
  const fields = [...text.matchAll(DATE_FIELD)].map((m) => m[1]);
  if (fields.length !== 2 || !fields.includes('CreationDate') || !fields.includes('ModDate'))
    return undefined;
  // Written by pdf-lib as stampDates writes it: (D:YYYYMMDDHHmmSSZ), always this length.
  const written = PDFString.fromDate(date).toString();
  const stamped = text.replace(DATE_FIELD, (_, field: string) => `/${field} ${written}`);
  return Buffer.from(stamped, 'latin1');
}
