import { placeholdersOf } from './translate.ts';

/**
 * Checks that every language's UI-string file has exactly the same keys, each a non-empty string
 * with the same {placeholders}. A `partial` file (a language being translated) may leave keys
 * out, but every key it gives must be one of the others'.
 */
export function checkUiStrings(
  files: Record<string, Record<string, unknown>>,
  partial: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const names = Object.keys(files);
  const complete = names.filter((n) => !partial.has(n));
  const allKeys = new Set(complete.flatMap((n) => Object.keys(files[n]!)));
  for (const name of names.filter((n) => partial.has(n)))
    for (const key of Object.keys(files[name]!))
      if (!allKeys.has(key)) problems.push(`${name}: unknown key "${key}"`);
  for (const name of names) {
    for (const key of [...allKeys].sort()) {
      const value = files[name]![key];
      if (value === undefined && partial.has(name)) continue;
      if (value === undefined) problems.push(`${name}: missing key "${key}"`);
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push(`${name}: key "${key}" must be a non-empty string`);
      else {
        const first = complete.find((n) => typeof files[n]![key] === 'string') ?? name;
        const want = placeholdersOf(files[first]![key] as string)
          .sort()
          .join(', ');
        const have = placeholdersOf(value).sort().join(', ');
        if (have !== want)
          problems.push(
            `${name}: key "${key}" has placeholders {${have}} but ${first} has {${want}}`,
          );
      }
    }
  }
  return problems;
}
