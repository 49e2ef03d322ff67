/**
 * A Frictionless Table Schema check for the built open data: header = schema fields, every
 * value parses as its field's type, required fields present, primary key unique.
 */
import { parse } from 'csv-parse/sync';

interface FieldSpec {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}
interface ResourceSpec {
  name: string;
  path: string;
  encoding?: string;
  schema: { fields: FieldSpec[]; primaryKey: string | string[] };
}

const TYPE_CHECK: Record<string, (v: string) => boolean> = {
  string: () => true,
  number: (v) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v),
  integer: (v) => /^-?\d+$/.test(v),
  boolean: (v) => ['true', 'false'].includes(v),
};

/** Problems of one CSV resource against its schema (empty when valid). */
export function checkResource(resource: ResourceSpec, csvText: string): string[] {
  const problems: string[] = [];
  if (resource.encoding !== 'utf-8') problems.push(`${resource.path}: encoding is not utf-8`);
  if (!csvText.startsWith('\uFEFF')) problems.push(`${resource.path}: no byte-order mark`);
  const rows = parse(csvText, { bom: true }) as string[][];
  const [header, ...body] = rows;
  const names = resource.schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(
      `${resource.path}: header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`,
    );
  const keys = new Set<string>();
  body.forEach((row, r) => {
    if (row.length !== names.length)
      problems.push(
        `${resource.path} row ${r + 2}: ${row.length} cells, schema has ${names.length}`,
      );
    resource.schema.fields.forEach((field, c) => {
      const value = row[c] ?? '';
      if (value === '') {
        if (field.constraints?.required)
          problems.push(`${resource.path} row ${r + 2}: ${field.name} is required`);
        return;
      }
      const check = TYPE_CHECK[field.type];
      if (!check) problems.push(`${resource.path}: unknown type ${field.type}`);
      else if (!check(value))
        problems.push(
          `${resource.path} row ${r + 2}: ${field.name} "${value}" is not a ${field.type}`,
        );
    });
    const key = [resource.schema.primaryKey]
      .flat()
      .map((k) => row[names.indexOf(k)] ?? '')
      .join('|'); // a composite key joins its fields
    if (keys.has(key))
      problems.push(`${resource.path} row ${r + 2}: duplicate primary key "${key}"`);
    keys.add(key);
  });
  return problems;
}
