/**
 * Editorial notes: where the published plan has an obvious error, the text stays as
 * published and a note says so; only headings (and the table caption) may be normalised,
 * and then the note keeps the original wording. This module checks the notes against the
 * structured seed and applies the heading normalisations.
 */
import type { Block, Chapter } from './plan-structure.ts';

export interface EditorialNote {
  id: string;
  /** The wording as published: a whole heading line, or a passage of one paragraph. */
  original: string;
  /** For headings and captions only: the normalised wording shown in place of the original. */
  corrected?: string | undefined;
  zh: string;
  en: string;
}

export interface AppliedNotes {
  chapters: Chapter[];
  /** Block (or chapter) id → ids of the notes shown right after it. */
  placements: Map<string, string[]>;
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** Folds runs of any white space (the seed has en spaces) into one ASCII space. */
const fold = (s: string) => s.replace(/\s+/g, ' ');

/** The printed form of a heading block: label and title as one line. */
export function headingLine(label: string, title: string): string {
  return `${label}${title}`;
}

interface HeadingRef {
  id: string;
  line: string;
  apply: (label: string, title: string) => void;
}

function headingsOf(chapters: Chapter[]): HeadingRef[] {
  const refs: HeadingRef[] = [];
  for (const chapter of chapters) {
    refs.push({
      id: chapter.id,
      line: headingLine(chapter.label, chapter.title),
      apply: (label, title) => Object.assign(chapter, { label, title }),
    });
    for (const block of chapter.blocks.filter((b) => b.kind === 'section')) {
      refs.push({
        id: block.id,
        line: headingLine(block.label, block.text),
        apply: (label, text) => Object.assign(block, { label, text }),
      });
    }
  }
  return refs;
}

/** Splits a normalised heading such as 第四节保障… into label and title. */
function splitHeading(line: string): [string, string] {
  const m = /^(第[一二三四五六七八九十]+[章节])\s*(.*)$/.exec(line);
  if (!m)
    throw new Error(
      `editorial note: corrected heading "${line}" does not start with 第…章 or 第…节`,
    );
  return [m[1]!, m[2]!];
}

/**
 * Checks every note against the chapters and the table of contents and applies heading
 * normalisations. Throws when a body heading differs from the table of contents without a
 * note, when a note matches nothing or more than one place, or when a note would change a paragraph.
 */
export function applyEditorialNotes(
  chapters: Chapter[],
  toc: string[],
  notes: EditorialNote[],
): AppliedNotes {
  const placements = new Map<string, string[]>();
  const place = (blockId: string, noteId: string) =>
    placements.set(blockId, [...(placements.get(blockId) ?? []), noteId]);
  const used = new Set<string>();
  const ids = new Set<string>();
  for (const note of notes) {
    if (ids.has(note.id)) throw new Error(`editorial note "${note.id}": id used twice`);
    ids.add(note.id);
  }

  const headings = headingsOf(chapters);
  if (headings.length !== toc.length) {
    throw new Error(
      `seed: the table of contents has ${toc.length} headings but the body has ${headings.length}`,
    );
  }
  headings.forEach((heading, index) => {
    const expected = toc[index]!;
    if (squash(heading.line) === squash(expected)) return;
    const note = notes.find((n) => squash(n.original) === squash(heading.line));
    if (!note) {
      throw new Error(
        `seed: body heading "${heading.line}" differs from the table of contents ("${expected}"); add an editorial note with original: "${heading.line}"`,
      );
    }
    if (!note.corrected || squash(note.corrected) !== squash(expected)) {
      throw new Error(
        `editorial note "${note.id}": corrected must be the table-of-contents wording "${expected}"`,
      );
    }
    heading.apply(...splitHeading(note.corrected));
    place(heading.id, note.id);
    used.add(note.id);
  });

  for (const note of notes.filter((n) => !used.has(n.id))) {
    const hits: { chapter: Chapter; block: Block }[] = [];
    for (const chapter of chapters) {
      for (const block of chapter.blocks) {
        const haystack =
          block.kind === 'table' ? block.cells!.join('\n') : headingLine(block.label, block.text);
        if (fold(haystack).includes(fold(note.original))) hits.push({ chapter, block });
      }
    }
    if (hits.length !== 1) {
      throw new Error(
        `editorial note "${note.id}": original "${note.original}" must occur in exactly one block of the seed, found ${hits.length}`,
      );
    }
    const { block } = hits[0]!;
    if (note.corrected !== undefined) {
      if (block.kind !== 'table') {
        throw new Error(
          `editorial note "${note.id}": only headings and captions may be corrected; "${block.id}" stays as published`,
        );
      }
      block.text = note.corrected;
    }
    place(block.id, note.id);
  }
  return { chapters, placements };
}
