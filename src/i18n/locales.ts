/**
 * The site's languages, in one place: routes, <html lang>, hreflang, the sitemap's alternates,
 * OpenGraph locales, the search index's language, UI-string files, the content folders
 * (content/plan/<lang>/, content/pages/<lang>/), the report texts and the open-data columns
 * derive from this. A language with a `fallback` may lack any text: the fallback's is shown in
 * its place, marked with the fallback's language and a notice on the page (src/i18n/fallback.ts).
 */
export const locales = {
  zh: {
    htmlLang: 'zh-CN',
    ogLocale: 'zh_CN',
    label: '中文',
    englishName: 'Chinese',
    stringsFile: 'zh-CN',
    wordSpace: '',
    excerptLength: 110,
  },
  en: {
    htmlLang: 'en',
    ogLocale: 'en_US',
    label: 'English',
    englishName: 'English',
    stringsFile: 'en',
    wordSpace: ' ',
    excerptLength: 200,
  },
} as const satisfies Record<
  string,
  {
    /** <html lang>, hreflang and the sitemap's alternates; pagefind reads it for its index. */
    htmlLang: string;
    /** og:locale of a page. */
    ogLocale: string;
    /** The language switcher's name for it, in the language itself. */
    label: string;
    /** Its name in data-file messages ("Chinese text is missing"). */
    englishName: string;
    stringsFile: string;
    /** Between words the site joins (a label and its year, text and a link): none in Chinese. */
    wordSpace: string;
    /** Characters of a page's description (a Chinese character says more than a Latin letter). */
    excerptLength: number;
    /** The language whose text stands in where this one has none (a language being translated). */
    fallback?: string;
  }
>;

export type Locale = keyof typeof locales;

/** A value in every language of the site (a name, a label, a note). */
export type Localized<T> = Record<Locale, T>;

/** Every locale key, zh first (the normative text). */
export const localeKeys = Object.keys(locales) as Locale[];

/** The languages every text must be given in (no fallback): they are the open data's columns. */
export const completeLocales = localeKeys.filter(
  (l) => (locales[l] as { fallback?: string }).fallback === undefined,
);

/** The language whose text stands in for `lang`'s where it has none, or undefined for a complete language. */
export const fallbackOf = (lang: Locale): Locale | undefined =>
  (locales[lang] as { fallback?: Locale }).fallback;

/**
 * The complete language whose writing conventions (numbers, dates, units, "about") a language
 * follows: its own, or its fallback's while it is being translated.
 */
export function conventionsOf(lang: Locale): Locale {
  let l = lang;
  for (let i = 0; i < localeKeys.length && fallbackOf(l); i++) l = fallbackOf(l)!;
  return l;
}

/** The locale the root URL and x-default point to. */
export const defaultLocale: Locale = 'zh';

/**
 * The two texts a parallel view in `lang` sets side by side: the original and the page's language;
 * a page in the original, or in a language still being translated, pairs the original with the
 * first complete translation (the English).
 */
export function parallelSides(
  lang: Locale,
  complete: readonly Locale[] = completeLocales,
  original: Locale = defaultLocale,
): readonly [Locale, Locale] {
  const own = lang !== original && complete.includes(lang);
  return [original, own ? lang : complete.find((l) => l !== original)!];
}

/** getStaticPaths entries for a route with a [lang] parameter. */
export const langPaths = () => localeKeys.map((lang) => ({ params: { lang } }));
