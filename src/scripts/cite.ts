/**
 * The cite dialog (CiteMenu.astro), loaded on the first press of the button (cite-dock.ts): fills the list of citable blocks from the page's permanent
 * ids, preselects the block where the reader selected text, else the #target, else the block at
 * the top of the screen, and writes and copies the
 * link, the GB/T 7714-2015 and the APA citation (src/lib/plan/citation.ts).
 */
import { apa, gbt7714, type CiteLang } from '../lib/plan/citation.ts';

/** Blocks a reader may cite: paragraphs, headings, table rows, boxes, parallel-view rows. */
const CITABLE =
  'main :is(p, h2, h3, h4, tr, .box, .pair)[id]:not([id^="from-"]):not(#toc-title):not(#chapter-targets):not(#cite-title)';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The block at the top of the screen, below the sticky header. */
function blockInView(blocks: HTMLElement[]): string {
  const below = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 16;
  let current = '';
  for (const el of blocks) {
    if (el.getBoundingClientRect().top > below) break;
    current = el.id;
  }
  return current;
}

/** The block in which the reader had selected text when they pressed the button, if any. */
function selectedBlock(blocks: HTMLElement[], anchor: Node | null): string | undefined {
  if (!anchor) return undefined;
  const node = anchor instanceof Element ? anchor : anchor.parentElement;
  return blocks.find((b) => b.contains(node))?.id;
}

const ready = new WeakMap<HTMLDialogElement, (anchor: Node | null) => void>();

/** Opens the dialog (set up on first use) for the block the reader means. */
export function openCite(dialog: HTMLDialogElement, anchor: Node | null): void {
  if (!ready.has(dialog)) ready.set(dialog, setup(dialog));
  ready.get(dialog)!(anchor);
}

function setup(dialog: HTMLDialogElement): (anchor: Node | null) => void {
  const data = dialog.dataset;
  const select = dialog.querySelector<HTMLSelectElement>('[data-cite-target]')!;
  const status = dialog.querySelector<HTMLElement>('[data-cite-status]')!;
  const out = (id: string) => dialog.querySelector<HTMLTextAreaElement>(`[data-cite-out="${id}"]`)!;
  const canonical =
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
    location.href.split('#')[0]!;

  function fill(): HTMLElement[] {
    const blocks = [...document.querySelectorAll<HTMLElement>(CITABLE)];
    select.replaceChildren(
      new Option(data['whole'] ?? '', ''),
      ...blocks.map((el) => {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').replace(/#$/, '').trim();
        return new Option(`${el.id} · ${text.length > 28 ? `${text.slice(0, 28)}…` : text}`, el.id);
      }),
    );
    return blocks;
  }

  function render(): void {
    const id = select.value;
    const url = id ? `${canonical}#${id}` : canonical;
    const source = {
      lang: (data['lang'] === 'zh' ? 'zh' : 'en') as CiteLang,
      author: data['author'] ?? '',
      title: data['title'] ?? '',
      part: data['part'] || undefined,
      id: id || undefined,
      published: data['published'] ?? '',
      accessed: today(),
      url,
      translation: data['translation'] === 'true',
    };
    out('cite-link').value = url;
    out('cite-gbt').value = gbt7714(source);
    out('cite-apa').value = apa(source);
    status.textContent = '';
  }

  async function copy(field: HTMLTextAreaElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = data['copied'] ?? '';
    } catch {
      // No clipboard permission: select the text so the reader can copy it by hand.
      field.focus();
      field.select();
      status.textContent = data['copyFailed'] ?? '';
    }
  }

  select.addEventListener('change', render);
  dialog.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-cite-copy]');
    if (button) void copy(out(button.dataset['citeCopy']!));
  });
  return (anchor) => {
    const blocks = fill();
    const hash = decodeURIComponent(location.hash.slice(1));
    const wanted =
      selectedBlock(blocks, anchor) ??
      (blocks.some((b) => b.id === hash) ? hash : blockInView(blocks));
    select.value = wanted;
    render();
    dialog.showModal();
  };
}
