/**
 * On every page: "/" or Ctrl+K focuses the search field; words a search result was opened for
 * (?hl=…) are marked on the page; the language switcher keeps the reader's place; on phones the
 * header comes back when the reader scrolls up. One script, so a first visit makes one request.
 */
document.addEventListener('keydown', (event) => {
  const typing =
    event.target instanceof HTMLElement &&
    (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
  if (
    (event.key === '/' && !typing) ||
    (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))
  ) {
    const field =
      document.querySelector<HTMLInputElement>('[data-search-root] input[name="q"]') ??
      document.querySelector<HTMLInputElement>('.site-search input[name="q"]');
    if (field) {
      event.preventDefault();
      field.focus();
      field.select();
    }
  }
});

/** Words a search result was opened for (?hl=…): the marking code loads only on such a visit. */
const hl = new URLSearchParams(location.search).get('hl');
const main = document.querySelector('main');
if (hl && main)
  void import('../lib/search/highlight.ts').then(({ highlightPatterns }) => {
    const patterns = highlightPatterns(hl);
    if (!patterns) return;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const hits: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (patterns.test.test(node.nodeValue ?? '')) hits.push(node as Text);
    for (const node of hits) {
      const parts = (node.nodeValue ?? '').split(patterns.split);
      node.replaceWith(
        ...parts.map((part, i) => {
          if (i % 2 === 0) return document.createTextNode(part);
          const mark = document.createElement('mark');
          mark.textContent = part;
          return mark;
        }),
      );
    }
  });

/*
 * The language switcher keeps the reader's place: the other language has the same ids, so the
 * link carries the id of the block at the top of the screen (or the #fragment followed).
 */
function currentSection(): string {
  const below = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 64;
  let current = '';
  for (const el of document.querySelectorAll<HTMLElement>('main [id]')) {
    if (el.getBoundingClientRect().top > below) break;
    current = el.id;
  }
  return current || location.hash.slice(1);
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-section]')) {
  link.addEventListener('click', () => {
    const id = window.scrollY > 0 ? currentSection() : location.hash.slice(1);
    if (id) link.hash = id;
  });
}

/*
 * Phones: the header scrolls away with the page (it would take an eighth of the screen), and comes
 * back, pinned at the top, as soon as the reader scrolls up. Wider screens keep it pinned (CSS).
 */
const header = document.querySelector<HTMLElement>('.site-header');
if (header) {
  let lastY = window.scrollY;
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        const y = window.scrollY;
        if (y < lastY - 4) header.classList.add('pinned');
        else if (y > lastY + 4 || y <= 0) header.classList.remove('pinned');
        lastY = y;
      });
    },
    { passive: true },
  );
}
