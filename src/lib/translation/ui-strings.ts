import { placeholdersOf } from './translate.ts';

/** Checks that every language's UI-string file has exactly the same keys, each a non-empty string with the same {placeholders}. */
export function checkUiStrings(files: Record<string, Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const names = Object.keys(files);
  const allKeys = new Set(names.flatMap((n) => Object.keys(files[n]!)));
  for (const name of names) {
    for (const key of [...allKeys].sort()) {
      const value = files[name]![key];
      if (value === undefined) problems.push(`${name}: missing key "${key}"`);
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push(`${name}: key "${key}" must be a non-empty string`);
      else {
        const first = names.find((n) => typeof files[n]![key] === 'string')!;
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
