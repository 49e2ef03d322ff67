/**
 * The search page: pagefind in the browser (search-engine.ts), the query folded to simplified
 * characters and widened by synonyms, glossary translations and pinyin (src/lib/search/search-query.ts);
 * a term typed in the other language that the glossary does not know is looked for in the other
 * language's text, and its twins are offered; suggestions when nothing is found.
 */
import { excerpt, queryTerms } from '../lib/search/search-text.ts';
import { engineFor, searchIndex, type Engine, type PagefindResult } from './search-engine.ts';
import { foldTableFromPairs, fold, type FoldTable } from '../lib/search/search-fold.ts';
import {
  needsTerms,
  planQueries,
  type SearchAids,
  type SearchTerms,
  type Variant,
} from '../lib/search/search-query.ts';
import { nearestTerms } from '../lib/search/search-suggest.ts';
import { capQuery } from '../lib/search/highlight.ts';
import { nearestByPinyin } from '../lib/search/search-pinyin.ts';

/** A result, the query that found it, and whether it was found in the other language's text (opening its twin). */
interface Found {
  result: PagefindResult;
  variant: Variant;
  twin?: boolean;
}

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
const cappedNote = root.querySelector<HTMLElement>('[data-search-capped]')!;
/** Results whose details load at once; more load on request (each is a download). */
const PAGE = 6;
const other = lang === 'zh' ? 'en' : 'zh';

/** A JSON file written beside the index at build time; a failed download is an error, never an empty table. */
async function json<T>(name: string): Promise<T> {
  const response = await fetch(`${base}pagefind/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return (await response.json()) as T;
}
let aids: Promise<{ aids: SearchAids; table: FoldTable }> | undefined;
const loadAids = () =>
  (aids ??= json<SearchAids>('search-aids.json').then((a) => ({
    aids: a,
    table: foldTableFromPairs(a.fold),
  })));
let terms: Promise<SearchTerms> | undefined;
const loadTerms = () => (terms ??= json<SearchTerms>('search-terms.json'));

/** Every variant's results, taken in turn (the best of each first), each result once, with the variant that found it. */
async function searchAll(
  engine: Engine,
  variants: Variant[],
  filters: Record<string, string>,
): Promise<Found[]> {
  // What the reader typed searches as pagefind does; what search adds must match in full.
  const lists = await Promise.all(
    variants.map((v) => searchIndex(engine, v.q, filters, v.kind !== 'typed')),
  );
  const found: Found[] = [];
  const seen = new Set<string>();
  for (let i = 0; lists.some((l) => i < l.length); i++) {
    lists.forEach((l, v) => {
      const result = l[i];
      if (result && !seen.has(result.id)) {
        seen.add(result.id);
        found.push({ result, variant: variants[v]! });
      }
    });
  }
  return found;
}

const label = (v: Variant) =>
  lang === 'zh'
    ? `${v.q}（${strings[`kind.${v.kind}`]}）`
    : `${v.q} (${strings[`kind.${v.kind}`]})`;

let latest = 0;
/**
 * Runs the query in the field. The results list is aria-busy from the moment a query starts until
 * its results (or the last query's, when a newer one started meanwhile) are shown.
 */
async function run(): Promise<void> {
  const ticket = ++latest;
  list.setAttribute('aria-busy', 'true');
  try {
    await showResults(ticket);
  } finally {
    if (ticket === latest) list.removeAttribute('aria-busy');
  }
}

async function showResults(ticket: number): Promise<void> {
  const { query, capped } = capQuery(input.value);
  cappedNote.hidden = !capped;
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    variantsLine.textContent = '';
    suggestLine.replaceChildren();
    return;
  }
  const [engine, { aids: a, table }, t] = await Promise.all([
    engineFor(base!, lang, lang),
    loadAids(),
    needsTerms(query, lang) ? loadTerms() : undefined,
  ]);
  let variants = planQueries(query, lang, table, a, t);
  let found = await searchAll(engine, variants, filters);
  let all = t;
  if (found.length === 0 && !all) {
    // Nothing yet: the terms file may still know the query (pinyin, the other language).
    all = await loadTerms();
    variants = planQueries(query, lang, table, a, all);
    if (variants.length > 1) found = await searchAll(engine, variants, filters);
  }
  let twins = false;
  if (found.length === 0 && needsTerms(query, lang)) {
    // Still nothing: look in the other language's text, and offer the twins in this language.
    const folded = fold(query, table);
    const results = await searchIndex(await engineFor(base!, other, lang), folded, filters, true);
    found = results.map((result) => ({
      result,
      variant: { q: folded, kind: 'typed', from: query },
      twin: true,
    }));
    twins = found.length > 0;
  }
  if (ticket !== latest) return; // a newer query has started
  list.replaceChildren();
  shown = { found, count: 0 };
  const others = variants.filter((v) => v.kind !== 'typed' && found.some((f) => f.variant === v)); // those that matched
  variantsLine.textContent = twins
    ? strings['twins']!
    : found.length > 0 && others.length > 0
      ? strings['variants']!.replace('{list}', others.map(label).join(lang === 'zh' ? '、' : ', '))
      : '';
  suggestLine.replaceChildren();
  if (found.length === 0 && all) showSuggestions(suggestionsFor(query, table, all));
  await showMore();
  if (ticket !== latest) return;
  status.textContent =
    found.length === 0 ? noneText! : countTemplate!.replace('{n}', String(found.length));
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
  suggestLine.append(
    strings['suggest']!,
    ...links.flatMap((a, i) => (i === 0 ? [a] : [lang === 'zh' ? '、' : ', ', a])),
  );
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
  list.append(
    ...data.map((d, i) => {
      const { variant, twin } = page[i]!;
      const li = document.createElement('li');
      const a = document.createElement('a');
      const p = document.createElement('p');
      p.innerHTML = excerpt(d.meta.text, queryTerms(variant.q)); // escaped by excerpt()
      a.textContent = d.meta.title;
      if (twin) {
        // Found in the other language's text: the link opens the same place in this language.
        a.href = d.url.replace(`${base}${other}/`, `${base}${lang}/`);
        for (const el of [a, p]) el.lang = other === 'zh' ? 'zh-CN' : 'en';
      } else {
        const [path, hash] = d.url.split('#');
        a.href = `${path}?hl=${encodeURIComponent(variant.q)}${hash ? `#${hash}` : ''}`;
      }
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
    }),
  );
}
more.addEventListener('click', () => {
  const next = list.children.length;
  void showMore().then(() =>
    (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus(),
  );
});

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(run, 200);
});
/** Runs the query now: a search the reader asks for replaces the one still waiting for typing to stop. */
function runNow(): void {
  clearTimeout(timer);
  void run();
}
for (const s of selects) s.addEventListener('change', runNow);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  runNow();
});

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
for (const s of selects) s.value = initial.get(s.name) ?? '';
if (input.value) void run();
input.focus();
