/** The site's languages, in one place: routes, <html lang>, hreflang and UI-string files derive from this. */
export const locales = {
  zh: { htmlLang: 'zh-CN', label: '中文', stringsFile: 'zh-CN' },
  en: { htmlLang: 'en', label: 'English', stringsFile: 'en' },
} as const satisfies Record<string, { htmlLang: string; label: string; stringsFile: string }>;

export type Locale = keyof typeof locales;

/** Every locale key, zh first (the normative text). */
export const localeKeys = Object.keys(locales) as Locale[];

/** The locale the root URL and x-default point to. */
export const defaultLocale: Locale = 'zh';

/** getStaticPaths entries for a route with a [lang] parameter. */
export const langPaths = () => localeKeys.map((lang) => ({ params: { lang } }));
