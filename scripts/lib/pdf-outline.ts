/**
 * Where a printed PDF's headings are (scripts/build-pdf.ts checks its contents page with it): the
 * page each entry of the contents starts on, from the PDF's outline, read with pdf.js.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { entriesFromOutline, locateEntries } from '../../src/lib/publishing/pdf-compose.ts';
import { fixTextLayer } from './pdf-text-layer.ts';

type LoadedPdf = Awaited<ReturnType<typeof getDocument>['promise']>;
/** The outline's entries (every heading Chromium bookmarked), in order, each with its page (1-based). */
async function outlineOf(pdf: LoadedPdf): Promise<{ title: string; page: number }[]> {
  const out: { title: string; page: number }[] = [];
  const walk = async (items: Awaited<ReturnType<LoadedPdf['getOutline']>>) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object')
        out.push({ title: item.title, page: (await pdf.getPageIndex(ref)) + 1 });
      await walk(item.items);
    }
  };
  await walk(await pdf.getOutline());
  return out;
}

/**
 * The page each entry's heading starts on in a printed PDF, from its outline (Chromium's bookmarks
 * of the headings); the text of every page is read only when the outline does not name them all.
 */
export async function headingPages(
  pdf: Uint8Array,
  entries: { id: string; text: string }[],
  file: string,
): Promise<{ numbers: number[]; pages: number }> {
  const loaded = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages = loaded.numPages;
  let numbers = entriesFromOutline(await outlineOf(loaded), entries);
  await loaded.destroy();
  if (numbers.includes(undefined)) {
    const fixed = await getDocument({
      data: new Uint8Array((await fixTextLayer(pdf)).pdf),
      useSystemFonts: false,
    }).promise;
    const texts: string[] = [];
    for (let i = 1; i <= pages; i++) {
      const content = await (await fixed.getPage(i)).getTextContent();
      texts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
    }
    await fixed.destroy();
    numbers = locateEntries(texts, entries);
  }
  const missing = entries.filter((_, i) => numbers[i] === undefined).map((e) => e.text);
  if (missing.length > 0)
    throw new Error(`pdf: ${file}: cannot find ${missing.join(', ')} in the rendered pages`);
  return { numbers: numbers as number[], pages };
}
