/**
 * On every page: "/" or Ctrl+K focuses the search field; words a search result was opened for
 * (?hl=…) are marked on the page.
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

const highlight = new URLSearchParams(location.search).get('hl')?.trim();
const main = document.querySelector('main');
if (highlight && main) {
  const terms = highlight
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${terms.join('|')})`, 'gi');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (pattern.test(node.nodeValue ?? '')) hits.push(node as Text);
  for (const node of hits) {
    const parts = (node.nodeValue ?? '').split(pattern);
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
