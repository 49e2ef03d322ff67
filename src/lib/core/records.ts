/**
 * Validation of data files at the door: parse, check ids, validate each record, and report
 * every problem as "file: kind "id", field "path": what is wrong". Pure (the schema is passed in).
 */
import { parse } from 'yaml';

/** A data file that cannot be used; the message names file, record and field. */
export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** The minimal schema interface we need (zod's safeParse). */
export interface Schema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } };
}

/** A schema's problem; a check staff meet gives its Chinese in params.zh (src/schemas/report.ts). */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  params?: Record<string, unknown> | undefined;
}

/** The Chinese of a schema's problem, where the check gives one. */
export const issueZh = (issue: SchemaIssue): string | undefined =>
  typeof issue.params?.['zh'] === 'string' ? issue.params['zh'] : undefined;

/** A schema's problem as staff read it: Chinese first where there is Chinese. */
export const issueText = (issue: SchemaIssue): string => {
  const zh = issueZh(issue);
  return zh ? `${zh} / ${issue.message}` : issue.message;
};

/** Parses YAML text, naming the file and line on a syntax error. */
export function parseYaml(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new DataError([`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
}

const fieldPath = (path: PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');

/** Validates a list of records with unique string ids; throws a DataError listing every problem. */
export function validateRecords<T extends { id: string }>(
  file: string,
  kind: string,
  input: unknown,
  schema: Schema<T>,
): T[] {
  if (!Array.isArray(input))
    throw new DataError([
      `${file}: expected a list of ${kind} records (each line starting with "- id:")`,
    ]);
  const problems: string[] = [];
  const seen = new Set<string>();
  const records: T[] = [];
  input.forEach((raw, index) => {
    const id =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : undefined;
    const who = id ? `${kind} "${id}"` : `${kind} #${index + 1}`;
    if (!id) {
      problems.push(`${file}: ${who}, field "id": missing (every record needs a text id)`);
      return;
    }
    if (seen.has(id))
      problems.push(`${file}: ${who}, field "id": duplicate id (used by an earlier record)`);
    seen.add(id);
    const result = schema.safeParse(raw);
    if (result.success) records.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(
          `${file}: ${who}, field "${fieldPath(issue.path) || '(record)'}": ${issueText(issue)}`,
        );
  });
  if (problems.length > 0) throw new DataError(problems);
  return records;
}
