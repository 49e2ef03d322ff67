/** Site URLs. Pure: the base path (import.meta.env.BASE_URL) is passed in. */

/** Joins the base path and a site-relative path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** URL of a language's home page. */
export function homePath(base: string, lang: string): string {
  return withBase(base, `${lang}/`);
}

/** URL of a chapter page. */
export function chapterPath(base: string, lang: string, chapter: number): string {
  return withBase(base, `${lang}/chapters/${chapter}/`);
}

/** The same page in another language: swaps the language segment that follows the base. */
export function switchLanguage(base: string, pathname: string, from: string, to: string): string {
  const prefix = withBase(base, `${from}/`);
  if (!pathname.startsWith(prefix))
    throw new Error(`"${pathname}" is not a page of language "${from}" under "${base}"`);
  return withBase(base, `${to}/${pathname.slice(prefix.length)}`);
}

/** The language of a page from its path, or undefined for pages outside the language trees. */
export function languageOf<L extends string>(
  base: string,
  pathname: string,
  languages: readonly L[],
): L | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = rest.replace(/^\/+/, '').split('/')[0];
  return languages.find((l) => l === first);
}
