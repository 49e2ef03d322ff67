/**
 * On every page: "/" or Ctrl+K focuses the search field; words a search result was opened for
 * (?hl=…) are marked on the page.
 */
import { highlightPatterns } from '../lib/highlight.ts';
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

const patterns = highlightPatterns(new URLSearchParams(location.search).get('hl') ?? '');
const main = document.querySelector('main');
if (patterns && main) {
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
