/**
 * Pagefind in the browser for the search page: the page's own language, or the other one (to
 * find a term in the other language's text and open its twin). One search at a time, queries
 * split as the index was (src/lib/search/search-text.ts).
 */
import { locales, type Locale } from '../i18n/locales.ts';
import { encodeQuery, interleave } from '../lib/search/search-text.ts';

export interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: { title: string; text: string } }>;
}
type Filters = Record<string, string | { any: string[] }>;
interface Instance {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Filters }) => Promise<{ results: PagefindResult[] }>;
}
interface Module extends Instance {
  createInstance: (o: Record<string, unknown>) => Instance;
}

/** A language's index: its searches, one at a time, and the index pieces known to occur. */
export interface Engine {
  lang: Locale;
  search: Instance['search'];
  known: Map<string, Promise<boolean>>;
}

const PRIMARY = ['chapter', 'indicator', 'report'];
const SECONDARY = ['target', 'project'];

let module: Promise<Module> | undefined;
const engines = new Map<string, Promise<Engine>>();

/** The index of `lang`, loaded once; `pageLang` is the language of the page (pagefind reads it from <html lang>). */
export function engineFor(base: string, lang: Locale, pageLang: Locale): Promise<Engine> {
  if (!engines.has(lang)) {
    engines.set(
      lang,
      (async () => {
        module ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Module>;
        const pagefind = await module;
        // One thread: the worker would download the search engine a second time. The records'
        // URLs already start with the site's base: pagefind must not prefix it again.
        const options = { noWorker: true, baseUrl: '/' };
        let instance: Instance;
        if (lang === pageLang) {
          await pagefind.options(options);
          instance = pagefind;
        } else {
          // Pagefind picks the index by <html lang> when an instance is created, and has no option
          // for it: the attribute is switched for that one synchronous call, then put back.
          const html = document.documentElement;
          const own = html.lang;
          html.lang = locales[lang].htmlLang;
          try {
            instance = pagefind.createInstance(options);
          } finally {
            html.lang = own;
          }
        }
        await instance.init();
        // One search at a time: searches run side by side in one pagefind (without its worker)
        // were seen to return each other's results.
        let queue: Promise<unknown> = Promise.resolve();
        const search: Instance['search'] = (q, o) => {
          const next = queue.then(() => instance.search(q, o));
          queue = next.catch(() => undefined);
          return next;
        };
        return { lang, search, known: new Map() };
      })(),
    );
  }
  return engines.get(lang)!;
}

/**
 * Whether every piece of a query occurs in the index: the two-character pieces of its Chinese,
 * and (with `words`) its other words. Pagefind leaves out a word it does not know and matches
 * the rest, so without this 黑臭水休 would find 黑臭, and "sulfur dioxide" carbon dioxide.
 */
async function allPiecesKnown(engine: Engine, q: string, words: boolean): Promise<boolean> {
  const pieces = [...q.matchAll(/\p{Script=Han}+/gu)].flatMap(([run]) =>
    encodeQuery(run).split(' '),
  );
  if (words)
    pieces.push(
      ...q
        .replace(/\p{Script=Han}+/gu, ' ')
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)),
    );
  const found = await Promise.all(
    pieces.map((piece) => {
      if (!engine.known.has(piece))
        engine.known.set(
          piece,
          engine.search(piece).then((r) => r.results.length > 0),
        );
      return engine.known.get(piece)!;
    }),
  );
  return found.every(Boolean);
}

/**
 * The results of one query: the plan's own text first, register entries (which quote it) among
 * it. `strict`: every word must occur (for what search adds to what the reader typed).
 */
export async function searchIndex(
  engine: Engine,
  q: string,
  filters: Record<string, string>,
  strict: boolean,
): Promise<PagefindResult[]> {
  if (
    (engine.lang === 'zh' || strict) &&
    !(await allPiecesKnown(engine, q, strict && engine.lang === 'en'))
  )
    return [];
  const terms = engine.lang === 'zh' ? encodeQuery(q) : q;
  if (filters['type']) return (await engine.search(terms, { filters })).results;
  return interleave(
    (await engine.search(terms, { filters: { ...filters, type: { any: PRIMARY } } })).results,
    (await engine.search(terms, { filters: { ...filters, type: { any: SECONDARY } } })).results,
  );
}
