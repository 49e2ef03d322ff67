/** The language of the page being rendered, for components that MDX renders without props. */
import { languageOf } from '../lib/paths.ts';
import { localeKeys, type Locale } from './locales.ts';

/** Reads the language from the page URL; throws for pages outside /zh/ and /en/. */
export function pageLang(url: URL): Locale {
  const lang = languageOf(import.meta.env.BASE_URL, url.pathname, localeKeys);
  if (!lang) throw new Error(`${url.pathname}: not under a language path (${localeKeys.join(', ')})`);
  return lang;
}
