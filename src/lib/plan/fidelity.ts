/**
 * Fidelity of the published pages to the seed: every line of the seed's body must appear in
 * the page text, in order. Only white space and the width of punctuation may differ.
 */

/** Removes all white space and folds full-width ASCII forms (，：（）) to their half-width twins. */
export function normalizeForFidelity(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/gu, '');
}

export interface Missing {
  line: number;
  text: string;
  /** Present in the page, but only before the previous line: out of order. */
  outOfOrder: boolean;
}

/** Lines of the seed not found in the page text in order (empty when the page is faithful). */
export function missingLines(lines: { text: string; line: number }[], pageText: string): Missing[] {
  const page = normalizeForFidelity(pageText);
  const missing: Missing[] = [];
  let cursor = 0;
  for (const { text, line } of lines) {
    const needle = normalizeForFidelity(text);
    if (needle === '') continue;
    const at = page.indexOf(needle, cursor);
    if (at === -1) {
      missing.push({ line, text, outOfOrder: page.includes(needle) });
      continue;
    }
    cursor = at + needle.length;
  }
  return missing;
}

/** Groups the seed's body lines by chapter (a new group at each 第…章 line). */
export function linesByChapter(
  body: { text: string; line: number }[],
): { text: string; line: number }[][] {
  const groups: { text: string; line: number }[][] = [];
  for (const l of body) {
    if (/^第[一二三四五六七八九十]+章/.test(l.text)) groups.push([]);
    const current = groups.at(-1);
    if (!current) throw new Error(`seed line ${l.line}: body text before the first chapter`);
    current.push(l);
  }
  return groups;
}
