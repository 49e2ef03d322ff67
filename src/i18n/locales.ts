/**
 * The site's languages, in one place: routes, <html lang>, hreflang, the sitemap's alternates,
 * OpenGraph locales, the search index's language and UI-string files derive from this.
 */
export const locales = {
  zh: { htmlLang: 'zh-CN', ogLocale: 'zh_CN', label: '中文', stringsFile: 'zh-CN', wordSpace: '' },
  en: { htmlLang: 'en', ogLocale: 'en_US', label: 'English', stringsFile: 'en', wordSpace: ' ' },
} as const satisfies Record<
  string,
  {
    /** <html lang>, hreflang and the sitemap's alternates; pagefind reads it for its index. */
    htmlLang: string;
    /** og:locale of a page. */
    ogLocale: string;
    label: string;
    stringsFile: string;
    /** Between words the site joins (a label and its year, text and a link): none in Chinese. */
    wordSpace: string;
  }
>;

export type Locale = keyof typeof locales;

/** A value in every language of the site (a name, a label, a note). */
export type Localized<T> = Record<Locale, T>;

/** Every locale key, zh first (the normative text). */
export const localeKeys = Object.keys(locales) as Locale[];

/** The locale the root URL and x-default point to. */
export const defaultLocale: Locale = 'zh';

/** getStaticPaths entries for a route with a [lang] parameter. */
export const langPaths = () => localeKeys.map((lang) => ({ params: { lang } }));
