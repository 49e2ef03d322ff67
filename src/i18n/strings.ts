/** Typed interface strings for a language, read from the validated `ui` collection. */
import { getEntry } from 'astro:content';
import { locales, type Locale } from './locales.ts';
import { translator } from '../lib/translation/translate.ts';
import type { UiStrings } from './ui-keys.ts';

/** A key of content/i18n/*.yml. */
export type UiKey = keyof UiStrings;
/** The values a key's {placeholders} take: none, or one for each name. */
export type UiVars<K extends UiKey> = [UiStrings[K]] extends [never]
  ? []
  : [vars: Record<UiStrings[K], string | number>];

/** t(key, vars): a key not in the YAML is a type error (and throws at build time); t.raw(key) leaves {placeholders} for scripts. */
export interface Translate {
  <K extends UiKey>(key: K, ...vars: UiVars<K>): string;
  raw(key: UiKey): string;
  /** For a key made from validated data (`unit.${unit}`), which the type system cannot check: still throws at build time if missing. */
  dynamic(key: string, vars?: Record<string, string | number>): string;
}

/** Returns the typed t for a language (pages get theirs from Astro.locals.t; this is for other languages and endpoints). */
export async function translatorFor(lang: Locale): Promise<Translate> {
  const entry = await getEntry('ui', lang);
  if (!entry) throw new Error(`content/i18n: no UI strings for "${lang}"`);
  return translator(entry.data.strings, locales[lang].stringsFile) as Translate;
}
