/** The site's languages, in one place: routes, <html lang>, hreflang and UI-string files derive from this. */
export const locales = {
  zh: { htmlLang: 'zh-CN', label: '中文', stringsFile: 'zh-CN', wordSpace: '' },
  en: { htmlLang: 'en', label: 'English', stringsFile: 'en', wordSpace: ' ' },
} as const satisfies Record<
  string,
  {
    htmlLang: string;
    label: string;
    stringsFile: string;
    /** Between words the site joins (a label and its year, text and a link): none in Chinese. */
    wordSpace: string;
  }
>;

export type Locale = keyof typeof locales;

/** Every locale key, zh first (the normative text). */
export const localeKeys = Object.keys(locales) as Locale[];

/** The locale the root URL and x-default point to. */
export const defaultLocale: Locale = 'zh';

/** getStaticPaths entries for a route with a [lang] parameter. */
export const langPaths = () => localeKeys.map((lang) => ({ params: { lang } }));
