/** Filtering (select[data-filter]) and sorting (th > button.sort-button) for data tables, no library. */
import { compareCells, nextSort, type SortDirection } from '../lib/core/table-sort.ts';

for (const panel of document.querySelectorAll<HTMLElement>('[data-filter-for]')) {
  const table = document.getElementById(panel.dataset['filterFor']!) as HTMLTableElement | null;
  if (!table) continue;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const count = panel.querySelector('[data-count]');
  const apply = () => {
    let shown = 0;
    for (const row of table.tBodies[0]!.rows) {
      const visible = selects.every(
        (s) => !s.value || row.dataset[s.dataset['filter']!] === s.value,
      );
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (count) count.textContent = String(shown);
  };
  for (const s of selects) s.addEventListener('change', apply);
  // The same sorting as the column headings, for phones, where the headings are hidden.
  panel
    .querySelector<HTMLSelectElement>('select[data-sort-select]')
    ?.addEventListener('change', (event) => {
      const column = Number((event.target as HTMLSelectElement).value);
      const th = table.tHead!.rows[0]!.cells[column]!;
      th.removeAttribute('aria-sort');
      th.querySelector('button')?.click();
    });
}

for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, column) => {
    th.querySelector('button')?.addEventListener('click', () => {
      const direction: SortDirection = nextSort(th.getAttribute('aria-sort'));
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      const body = table.tBodies[0]!;
      const rows = [...body.rows].sort((a, b) =>
        compareCells(
          a.cells[column]!.dataset['sort'] ?? '',
          b.cells[column]!.dataset['sort'] ?? '',
          th.hasAttribute('data-numeric'),
          direction,
        ),
      );
      body.append(...rows);
    });
  });
}
