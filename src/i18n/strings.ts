/** UI strings for a language, read from the validated `ui` collection. */
import { getEntry } from 'astro:content';
import type { Locale } from './locales.ts';

export type Translate = (key: string) => string;

/** Returns t(key) for the language; an unknown key throws, so a typo fails the build. */
export async function useStrings(lang: Locale): Promise<Translate> {
  const entry = await getEntry('ui', lang);
  if (!entry) throw new Error(`content/i18n: no UI strings for "${lang}"`);
  const strings = entry.data.strings;
  return (key) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`content/i18n: UI string "${key}" is not defined for "${lang}"`);
    return value;
  };
}
