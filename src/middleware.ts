/**
 * One page context (Starlight's locals.ts is the model): the page's language, its interface strings
 * and its URL builders, set once per page in Astro.locals. The language comes from the URL
 * (/zh/…, /en/…); pages outside the language trees (the root, 404) are in the default language.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, localeKeys } from './i18n/locales.ts';
import { translatorFor } from './i18n/strings.ts';
import { languageOf } from './lib/core/paths.ts';
import { siteUrls } from './lib/core/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang =
    languageOf(import.meta.env.BASE_URL, context.url.pathname, localeKeys) ?? defaultLocale;
  context.locals.lang = lang;
  context.locals.t = await translatorFor(lang);
  context.locals.urls = siteUrls(import.meta.env.BASE_URL, lang);
  return next();
});
