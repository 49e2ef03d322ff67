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
    conventions: 'zh',
  },
  en: {
    htmlLang: 'en',
    ogLocale: 'en_US',
    label: 'English',
    englishName: 'English',
    stringsFile: 'en',
    wordSpace: ' ',
    excerptLength: 200,
    conventions: 'en',
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
    /**
     * How it writes figures, dates and citations: the Chinese way (70%左右, 2023年6月, GB/T 7714)
     * or the English way (about 70%, June 2023, APA). Required of a complete language; a language
     * being translated follows its fallback's unless it says otherwise.
     */
    conventions?: Conventions;
  } & ({ fallback: string } | { conventions: Conventions })
>;

/** The two ways the site writes figures, dates and citations (src/lib/registers, months.ts, citation.ts). */
export type Conventions = 'zh' | 'en';

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
 * How a language writes figures, dates and citations (its registry entry's `conventions`, or its
 * fallback's while it is being translated): every formatter branches on these two values only.
 */
export function conventionsOf(lang: Locale): Conventions {
  for (
    let l: Locale | undefined = lang, i = 0;
    l && i <= localeKeys.length;
    l = fallbackOf(l), i++
  ) {
    const own = (locales[l] as { conventions?: Conventions }).conventions;
    if (own) return own;
  }
  throw new Error(`src/i18n/locales.ts: ${lang} has no conventions and no fallback that has`);
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
