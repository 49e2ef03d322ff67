/**
 * The "cite or link" button (CiteMenu.astro): shown once script runs, floating at the screen's
 * corner on wide screens once its place has scrolled away. The dialog's code (cite.ts) loads only
 * when the reader presses the button, so a first visit does not pay for it.
 */
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-cite]');
const opener = document.querySelector<HTMLButtonElement>('[data-cite-open]');
if (dialog && opener) {
  opener.hidden = false;
  const dock = opener.parentElement;
  if (dock && 'IntersectionObserver' in window) {
    new IntersectionObserver(([entry]) => {
      if (entry)
        dock.classList.toggle(
          'floating',
          !entry.isIntersecting && entry.boundingClientRect.top < 0,
        );
    }).observe(dock);
  }
  opener.addEventListener('click', () => {
    // The selection as it is now: the block the reader selected text in is the one to cite.
    const selection = document.getSelection();
    const anchor = selection && !selection.isCollapsed ? selection.anchorNode : null;
    void import('./cite.ts').then(({ openCite }) => openCite(dialog, anchor));
  });
}

export {};
