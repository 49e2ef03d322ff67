/** The search page: pagefind in the browser, with the query split as the index was (src/lib/search-text.ts). */
import { encodeQuery, excerpt, interleave, queryTerms } from '../lib/search-text.ts';

interface PagefindResult { data: () => Promise<{ url: string; meta: { title: string; text: string } }> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string | { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const { base, lang, countTemplate, noneText } = root.dataset as Record<string, string>;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
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
    return module;
  })();
  return pagefind;
}

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
    return;
  }
  const engine = await load();
  const terms = lang === 'zh' ? encodeQuery(query) : query;
  // The plan's own text ranks first; register entries (which quote it) come in among it.
  const results = filters['type']
    ? (await engine.search(terms, { filters })).results
    : interleave(
      (await engine.search(terms, { filters: { ...filters, type: { any: PRIMARY } } })).results,
      (await engine.search(terms, { filters: { ...filters, type: { any: SECONDARY } } })).results,
    );
  if (ticket !== latest) return; // a newer query has started
  list.replaceChildren();
  shown = { results, count: 0, query };
  await showMore();
  if (ticket !== latest) return;
  status.textContent = results.length === 0 ? noneText! : countTemplate!.replace('{n}', String(results.length));
}

let shown: { results: PagefindResult[]; count: number; query: string } = { results: [], count: 0, query: '' };
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** Loads and shows the next page of results. */
async function showMore(): Promise<void> {
  const { results, count, query } = shown;
  const data = await Promise.all(results.slice(count, count + PAGE).map((r) => r.data()));
  shown.count += data.length;
  more.hidden = shown.count >= results.length;
  const terms = queryTerms(query);
  list.append(...data.map((d) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const [path, hash] = d.url.split('#');
    a.href = `${path}?hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
    a.textContent = d.meta.title;
    const p = document.createElement('p');
    p.innerHTML = excerpt(d.meta.text, terms); // escaped by excerpt()
    li.append(a, p);
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
