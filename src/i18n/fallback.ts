/**
 * Text in a language that may not have it yet: the language's own, or its fallback's, saying which
 * (pages mark fallback text with the fallback's lang and tell the reader). Pure.
 */
import { defaultLocale, fallbackOf, localeKeys, type Locale } from './locales.ts';

/** A value in `lang`, or in the first language of its fallback chain that has one, and that language. */
export function inLocale<T>(
  values: Partial<Record<Locale, T>>,
  lang: Locale,
): { value: T; lang: Locale } {
  const seen = new Set<Locale>();
  for (let l: Locale | undefined = lang; l && !seen.has(l); l = fallbackOf(l)) {
    seen.add(l);
    if (values[l] !== undefined && values[l] !== '') return { value: values[l]!, lang: l };
  }
  const last =
    values[defaultLocale] !== undefined
      ? defaultLocale
      : localeKeys.find((l) => values[l] !== undefined);
  if (last === undefined) throw new Error(`no text in any language (asked for ${lang})`);
  return { value: values[last]!, lang: last };
}

/** Every language's value, each missing one filled from its fallback chain. */
export function withFallbacks<T>(values: Partial<Record<Locale, T>>): Record<Locale, T> {
  return Object.fromEntries(localeKeys.map((l) => [l, inLocale(values, l).value])) as Record<
    Locale,
    T
  >;
}
