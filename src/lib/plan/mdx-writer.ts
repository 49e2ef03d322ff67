/**
 * Writes a structured chapter as MDX in the project's chapter dialect: one element per
 * line, every element carrying its permanent id. The same dialect is read back by
 * `mdx-blocks.ts` (navigation, parallel view, parity tests).
 */
import type { Block, Chapter } from './plan-structure.ts';

/** Characters that Markdown or MDX would otherwise read as syntax. */
const SYNTAX = /[\\`*_{}[\]<>~|&#!]/g;

/** Escapes text so that MDX renders it literally. */
export function escapeMdxText(text: string): string {
  return text.replace(SYNTAX, (c) => `\\${c}`);
}

/** Reverses escapeMdxText. */
export function unescapeMdxText(text: string): string {
  return text.replace(/\\([\\`*_{}[\]<>~|&#!])/g, '$1');
}

/** Writes a JSX attribute value; JSON strings are valid JSX expressions. */
export function attr(name: string, value: string): string {
  return /["{}]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}

const HEADING_TAG: Partial<Record<Block['kind'], string>> = {
  section: 'H2',
  item: 'H3',
  subitem: 'H4',
  boxitem: 'H3',
};

function blockToMdx(block: Block, tableAttrs: (block: Block) => string[]): string {
  const tag = HEADING_TAG[block.kind];
  if (tag)
    return `<${tag} id="${block.id}" ${attr('label', block.label)}>${escapeMdxText(block.text)}</${tag}>`;
  if (block.kind === 'para') return `<P id="${block.id}">${escapeMdxText(block.text)}</P>`;
  if (block.kind === 'table')
    return `<IndicatorTable id="${block.id}" ${tableAttrs(block).join(' ')} />`;
  throw new Error(`cannot write block kind ${block.kind}`);
}

export interface ChapterMdxOptions {
  /** Note ids to place after a block (or after the chapter heading, keyed by chapter id). */
  placements: Map<string, string[]>;
  /** Extra attributes of a table element (caption, footnote). */
  tableAttrs: (block: Block) => string[];
}

/** Renders one chapter as an MDX file (front matter + body). */
export function chapterToMdx(chapter: Chapter, options: ChapterMdxOptions): string {
  const out: string[] = [
    '---',
    `id: ${chapter.id}`,
    `number: ${chapter.number}`,
    `label: ${JSON.stringify(chapter.label)}`,
    `title: ${JSON.stringify(chapter.title)}`,
    '---',
    '',
  ];
  const notesAfter = (id: string) =>
    (options.placements.get(id) ?? []).map((n) => `<Note id="${n}" />`);
  out.push(...notesAfter(chapter.id).flatMap((n) => [n, '']));
  let inBox = false;
  for (const block of chapter.blocks) {
    const closesBox = inBox && (block.kind === 'section' || block.kind === 'box');
    if (closesBox) {
      out.push('</Box>', '');
      inBox = false;
    }
    if (block.kind === 'box') {
      out.push(
        `<Box id="${block.id}" ${attr('label', block.label)} ${attr('title', block.text)}>`,
        '',
      );
      inBox = true;
    } else {
      out.push(blockToMdx(block, options.tableAttrs), '');
    }
    out.push(...notesAfter(block.id).flatMap((n) => [n, '']));
  }
  if (inBox) out.push('</Box>', '');
  return out.join('\n');
}
