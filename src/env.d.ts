/** Types of the page context that src/middleware.ts sets. */
declare namespace App {
  interface Locals {
    /** The page's language, from its URL. */
    lang: import('./i18n/locales.ts').Locale;
    /** Interface strings of the page's language. */
    t: import('./i18n/strings.ts').Translate;
    /** URL builders of the page's language. */
    urls: import('./lib/core/urls.ts').SiteUrls;
  }
}
