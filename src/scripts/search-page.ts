/**
 * The search page: pagefind in the browser, with the query split as the index was
 * (src/lib/search-text.ts), folded to simplified characters, and widened by synonyms, glossary
 * translations and pinyin (src/lib/search-query.ts); suggestions when nothing is found.
 */
import { encodeQuery, excerpt, interleave, queryTerms } from '../lib/search-text.ts';
import { foldTableFromPairs, fold, type FoldTable } from '../lib/search-fold.ts';
import { needsTerms, planQueries, type SearchAids, type SearchTerms, type Variant } from '../lib/search-query.ts';
import { nearestTerms } from '../lib/search-suggest.ts';
import { nearestByPinyin } from '../lib/search-pinyin.ts';

interface PagefindResult { id: string; data: () => Promise<{ url: string; meta: { title: string; text: string } }> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string | { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
}
interface Found { result: PagefindResult; variant: Variant }

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const { base, countTemplate, noneText } = root.dataset as Record<string, string>;
const lang = root.dataset['lang'] === 'zh' ? 'zh' : 'en';
const strings = JSON.parse(root.dataset['strings']!) as Record<string, string>;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const variantsLine = root.querySelector<HTMLElement>('[data-search-variants]')!;
const suggestLine = root.querySelector<HTMLElement>('[data-search-suggest]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
/** Results whose details load at once; more load on request (each is a download). */
const PAGE = 6;
const PRIMARY = ['chapter', 'indicator', 'report'];
const SECONDARY = ['target', 'project'];

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // One thread: the worker would download the search engine a second time.
    await module.options({ noWorker: true });
    await module.init();
    // One search at a time: searches run side by side in one pagefind (without its worker)
    // were seen to return each other's results.
    let queue: Promise<unknown> = Promise.resolve();
    const search: Pagefind['search'] = (q, o) => {
      const next = queue.then(() => module.search(q, o));
      queue = next.catch(() => undefined);
      return next;
    };
    return { ...module, search };
  })();
  return pagefind;
}

/** A JSON file written beside the index at build time; a failed download is an error, never an empty table. */
async function json<T>(name: string): Promise<T> {
  const response = await fetch(`${base}pagefind/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return (await response.json()) as T;
}
let aids: Promise<{ aids: SearchAids; table: FoldTable }> | undefined;
const loadAids = () => (aids ??= json<SearchAids>('search-aids.json').then((a) => ({ aids: a, table: foldTableFromPairs(a.fold) })));
let terms: Promise<SearchTerms> | undefined;
const loadTerms = () => (terms ??= json<SearchTerms>('search-terms.json'));

const known = new Map<string, Promise<boolean>>();
/**
 * Whether every piece of a query occurs in the index: the two-character pieces of its Chinese,
 * and (with `words`) its other words. Pagefind leaves out a word it does not know and matches
 * the rest, so without this 黑臭水休 would find 黑臭, and "sulfur dioxide" carbon dioxide.
 */
async function allPiecesKnown(engine: Pagefind, q: string, words: boolean): Promise<boolean> {
  const pieces = [...q.matchAll(/\p{Script=Han}+/gu)].flatMap(([run]) => encodeQuery(run).split(' '));
  if (words) pieces.push(...q.replace(/\p{Script=Han}+/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)));
  const found = await Promise.all(pieces.map((piece) => {
    if (!known.has(piece)) known.set(piece, engine.search(piece).then((r) => r.results.length > 0));
    return known.get(piece)!;
  }));
  return found.every(Boolean);
}

/** The results of one query: the plan's own text first, register entries (which quote it) among it. */
async function searchOne(engine: Pagefind, variant: Variant, filters: Record<string, string>): Promise<PagefindResult[]> {
  // What the reader typed searches as pagefind does; what search adds must match in full.
  const added = variant.kind !== 'typed';
  if ((lang === 'zh' || added) && !(await allPiecesKnown(engine, variant.q, added && lang === 'en'))) return [];
  const terms = lang === 'zh' ? encodeQuery(variant.q) : variant.q;
  if (filters['type']) return (await engine.search(terms, { filters })).results;
  return interleave(
    (await engine.search(terms, { filters: { ...filters, type: { any: PRIMARY } } })).results,
    (await engine.search(terms, { filters: { ...filters, type: { any: SECONDARY } } })).results,
  );
}

/** Every variant's results, taken in turn (the best of each first), each result once, with the variant that found it. */
async function searchAll(engine: Pagefind, variants: Variant[], filters: Record<string, string>): Promise<Found[]> {
  const lists = await Promise.all(variants.map((v) => searchOne(engine, v, filters)));
  const found: Found[] = [];
  const seen = new Set<string>();
  for (let i = 0; lists.some((l) => i < l.length); i++) {
    lists.forEach((l, v) => {
      const result = l[i];
      if (result && !seen.has(result.id)) { seen.add(result.id); found.push({ result, variant: variants[v]! }); }
    });
  }
  return found;
}

const label = (v: Variant) => (lang === 'zh' ? `${v.q}(${strings[`kind.${v.kind}`]})` : `${v.q} (${strings[`kind.${v.kind}`]})`);

let latest = 0;
async function run(): Promise<void> {
  const query = input.value.trim();
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    variantsLine.textContent = '';
    suggestLine.replaceChildren();
    return;
  }
  const [engine, { aids: a, table }, t] = await Promise.all([load(), loadAids(), needsTerms(query, lang) ? loadTerms() : undefined]);
  let variants = planQueries(query, lang, table, a, t);
  let found = await searchAll(engine, variants, filters);
  let all = t;
  if (found.length === 0 && !all) {
    // Nothing yet: the terms file may still know the query (pinyin, the other language).
    all = await loadTerms();
    variants = planQueries(query, lang, table, a, all);
    if (variants.length > 1) found = await searchAll(engine, variants, filters);
  }
  if (ticket !== latest) return; // a newer query has started
  list.replaceChildren();
  shown = { found, count: 0 };
  const others = variants.filter((v) => v.kind !== 'typed' && found.some((f) => f.variant === v)); // those that matched
  variantsLine.textContent = found.length > 0 && others.length > 0 ? strings['variants']!.replace('{list}', others.map(label).join(lang === 'zh' ? '、' : ', ')) : '';
  suggestLine.replaceChildren();
  if (found.length === 0 && all) showSuggestions(suggestionsFor(query, table, all));
  await showMore();
  if (ticket !== latest) return;
  status.textContent = found.length === 0 ? noneText! : countTemplate!.replace('{n}', String(found.length));
}

/** The nearest terms the site uses: by their characters, by their pinyin, or English words. */
function suggestionsFor(query: string, table: FoldTable, all: SearchTerms): string[] {
  const folded = fold(query, table);
  if (/\p{Script=Han}/u.test(folded)) return nearestTerms(folded, all.vocabulary.zh);
  const byPinyin = nearestByPinyin(folded, all.pinyin, (key, keys) => nearestTerms(key, keys));
  return [...new Set([...byPinyin, ...nearestTerms(folded, all.vocabulary.en)])].slice(0, 5);
}

/** "Did you mean": links that search for the nearest terms the site does use. */
function showSuggestions(suggestions: string[]): void {
  if (suggestions.length === 0) return;
  const links = suggestions.map((term) => {
    const a = document.createElement('a');
    a.href = `?${new URLSearchParams({ q: term })}`;
    a.textContent = term;
    return a;
  });
  suggestLine.append(strings['suggest']!, ...links.flatMap((a, i) => (i === 0 ? [a] : [lang === 'zh' ? '、' : ', ', a])));
}

let shown: { found: Found[]; count: number } = { found: [], count: 0 };
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** Loads and shows the next page of results. */
async function showMore(): Promise<void> {
  const { found, count } = shown;
  const page = found.slice(count, count + PAGE);
  const data = await Promise.all(page.map((f) => f.result.data()));
  shown.count += data.length;
  more.hidden = shown.count >= found.length;
  list.append(...data.map((d, i) => {
    const { variant } = page[i]!;
    const li = document.createElement('li');
    const a = document.createElement('a');
    const [path, hash] = d.url.split('#');
    a.href = `${path}?hl=${encodeURIComponent(variant.q)}${hash ? `#${hash}` : ''}`;
    a.textContent = d.meta.title;
    const p = document.createElement('p');
    p.innerHTML = excerpt(d.meta.text, queryTerms(variant.q)); // escaped by excerpt()
    li.append(a);
    // Each result says what it matched when results came from more than one of the queries run.
    if (variant.kind !== 'typed' && new Set(found.map((f) => f.variant)).size > 1) {
      const matched = document.createElement('span');
      matched.className = 'search-matched';
      matched.textContent = strings['matched']!.replace('{term}', label(variant));
      li.append(' ', matched);
    }
    li.append(p);
    return li;
  }));
}
more.addEventListener('click', () => {
  const next = list.children.length;
  void showMore().then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
});

let timer: number | undefined;
input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(run, 200); });
for (const s of selects) s.addEventListener('change', run);
form.addEventListener('submit', (event) => { event.preventDefault(); void run(); });

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
for (const s of selects) s.value = initial.get(s.name) ?? '';
if (input.value) void run();
input.focus();
