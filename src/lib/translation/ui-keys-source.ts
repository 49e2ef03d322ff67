/** Source of src/i18n/ui-keys.ts: the interface string keys and their {placeholders}, as TypeScript. Pure. */
import { placeholdersOf } from './translate.ts';

/** TypeScript text of the UiStrings interface (key → placeholder names) for a strings file. */
export function uiKeysSource(strings: Record<string, unknown>, from: string): string {
  const lines = Object.keys(strings)
    .sort()
    .map((key) => {
      const names = placeholdersOf(String(strings[key]));
      return `  ${JSON.stringify(key).replace(/"/g, "'")}: ${names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never'};`;
    });
  return [
    `// Generated from ${from} by \`npm run ui-keys\`; \`npm run check\` fails when it is out of date. Do not edit.`,
    '',
    '/** Every interface string key, with the names of its {placeholders} (never: none). */',
    'export interface UiStrings {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
