/**
 * Every language's interface strings (content/i18n/<stringsFile>.yml), checked and complete: the
 * complete languages must give every key with the same {placeholders}; a language being
 * translated (one with a fallback) may give some keys or none, and takes the rest from its
 * fallback. Used by the ui collection, npm run check and the report part titles.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackOf, localeKeys, locales, type Locale } from '../i18n/locales.ts';
import { withFallbacks } from '../i18n/fallback.ts';
import { parseYaml } from '../lib/core/records.ts';
import { readText } from '../lib/core/text-file.ts';
import { checkUiStrings } from '../lib/translation/ui-strings.ts';

export const uiStringsFile = (lang: Locale) => `content/i18n/${locales[lang].stringsFile}.yml`;

/** Each language's strings, every key filled (from the fallback where the language has none), or the problems. */
export function readUiStrings(root = process.cwd()): {
  strings: Record<Locale, Record<string, string>>;
  problems: string[];
} {
  const read = (lang: Locale) => {
    const file = uiStringsFile(lang);
    const path = join(root, file);
    if (fallbackOf(lang) && !existsSync(path)) return {};
    return (parseYaml(file, readText(path, file)) ?? {}) as Record<string, unknown>;
  };
  const given = Object.fromEntries(localeKeys.map((l) => [l, read(l)])) as Record<
    Locale,
    Record<string, unknown>
  >;
  const problems = checkUiStrings(
    Object.fromEntries(localeKeys.map((l) => [uiStringsFile(l), given[l]])),
    new Set(localeKeys.filter((l) => fallbackOf(l)).map(uiStringsFile)),
  );
  const keys = Object.keys(given[localeKeys.find((l) => !fallbackOf(l))!]);
  const strings = Object.fromEntries(
    localeKeys.map((l) => [l, {} as Record<string, string>]),
  ) as Record<Locale, Record<string, string>>;
  for (const key of keys) {
    const filled = withFallbacks<string>(
      Object.fromEntries(localeKeys.map((l) => [l, given[l][key] as string | undefined])),
    );
    for (const l of localeKeys) strings[l][key] = filled[l];
  }
  return { strings, problems };
}
