/**
 * Every page: applies the remembered reading font size (html[data-font-size]) and wires the
 * 小 / 中 / 大 buttons of any FontSizeControl on the page.
 */
import { FONT_SIZE_KEY, parseFontSize, type FontSize } from '../lib/core/font-size.ts';

function stored(): FontSize {
  try {
    return parseFontSize(localStorage.getItem(FONT_SIZE_KEY));
  } catch {
    return 'medium';
  }
}

function apply(size: FontSize): void {
  document.documentElement.dataset['fontSize'] = size;
  for (const button of document.querySelectorAll<HTMLButtonElement>(
    '[data-font-size-control] button',
  )) {
    button.setAttribute('aria-pressed', String(button.dataset['fontSize'] === size));
  }
}

apply(stored());
for (const control of document.querySelectorAll<HTMLElement>('[data-font-size-control]')) {
  control.hidden = false;
  control.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-font-size]');
    if (!button) return;
    const size = parseFontSize(button.dataset['fontSize']);
    try {
      localStorage.setItem(FONT_SIZE_KEY, size);
    } catch {
      /* private mode: applies to this page only */
    }
    apply(size);
  });
}
