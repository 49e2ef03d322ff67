/**
 * Turns the body lines of the seed into chapters of typed blocks with permanent ids
 * (c5, c5-s2, c5-s2-p3, c1-s1-i1, c1-s1-i1-2, box-3, box-3-i1, box-3-p2, table-2-1).
 * Pure: the caller supplies the lines and gets plain data back.
 */
import { chineseToNumber } from './numerals.ts';

export type BlockKind = 'section' | 'item' | 'subitem' | 'box' | 'boxitem' | 'para' | 'table';

export interface Block {
  kind: BlockKind;
  id: string;
  /** Numbering as printed: 第一节, 一、, (一), 专栏3. Empty for paragraphs and tables. */
  label: string;
  /** Heading title or paragraph text, exactly as in the seed (trimmed). */
  text: string;
  /** 1-based line of the seed this block comes from. */
  line: number;
  /** For a table: its lines in the seed, in order. */
  cells?: string[];
}

export interface Chapter {
  id: string;
  number: number;
  label: string;
  title: string;
  line: number;
  blocks: Block[];
}

const NUM = '[一二三四五六七八九十]+';
const CHAPTER = new RegExp(`^第(${NUM})章\\s*(.*)$`);
/** A section heading; the seed drops 第 in some body headings, so it is optional here. */
const SECTION = new RegExp(`^(第?)(${NUM})节\\s*(.*)$`);
const ITEM = new RegExp(`^(${NUM})、\\s*(.+)$`);
const SUBITEM = new RegExp(`^[((](${NUM})[))]\\s*(.+)$`);
const BOX = /^专栏(\d+)\s*(.*)$/;
const TABLE_START = /^表?(\d+-\d+)\s+/;
const TABLE_END = /^\*/;

/** True when a numbered line is a heading rather than a paragraph that starts with a number. */
function isHeadingText(rest: string): boolean {
  return !/[。;;]/.test(rest) && rest.length <= 40;
}

interface Cursor {
  chapter: Chapter | undefined;
  section: string | undefined;
  item: string | undefined;
  box: string | undefined;
  paras: number;
  boxItems: number;
}

/** Builds chapters of typed, id-bearing blocks from the body lines of the seed. */
export function structureBody(body: { text: string; line: number }[]): Chapter[] {
  const chapters: Chapter[] = [];
  const seen = new Set<string>();
  const at: Cursor = {
    chapter: undefined,
    section: undefined,
    item: undefined,
    box: undefined,
    paras: 0,
    boxItems: 0,
  };

  const push = (block: Block) => {
    if (!at.chapter)
      throw new Error(`seed line ${block.line}: text before the first chapter: "${block.text}"`);
    if (seen.has(block.id))
      throw new Error(`seed line ${block.line}: id "${block.id}" would be used twice`);
    seen.add(block.id);
    at.chapter.blocks.push(block);
  };

  for (let i = 0; i < body.length; i++) {
    const { text, line } = body[i]!;
    let m: RegExpExecArray | null;
    if ((m = CHAPTER.exec(text))) {
      const number = chineseToNumber(m[1]!);
      const chapter: Chapter = {
        id: `c${number}`,
        number,
        label: `第${m[1]}章`,
        title: m[2]!.trim(),
        line,
        blocks: [],
      };
      if (seen.has(chapter.id))
        throw new Error(`seed line ${line}: chapter ${number} appears twice`);
      seen.add(chapter.id);
      chapters.push(chapter);
      Object.assign(at, { chapter, section: undefined, item: undefined, box: undefined, paras: 0 });
    } else if ((m = SECTION.exec(text)) && isHeadingText(m[3]!)) {
      const id = `${at.chapter?.id}-s${chineseToNumber(m[2]!)}`;
      Object.assign(at, { section: id, item: undefined, box: undefined, paras: 0 });
      push({ kind: 'section', id, label: `${m[1]}${m[2]}节`, text: m[3]!.trim(), line });
    } else if ((m = BOX.exec(text))) {
      const id = `box-${m[1]}`;
      Object.assign(at, { box: id, item: undefined, paras: 0, boxItems: 0 });
      push({ kind: 'box', id, label: `专栏${m[1]}`, text: m[2]!.trim(), line });
    } else if ((m = TABLE_START.exec(text))) {
      const cells: string[] = [];
      for (; i < body.length; i++) {
        cells.push(body[i]!.text);
        if (TABLE_END.test(body[i]!.text)) break;
      }
      if (i === body.length)
        throw new Error(
          `seed line ${line}: table ${m[1]} has no closing footnote line starting with "*"`,
        );
      push({ kind: 'table', id: `table-${m[1]}`, label: '', text, line, cells });
    } else if (!at.box && (m = ITEM.exec(text)) && isHeadingText(m[2]!)) {
      const parent = at.section ?? at.chapter?.id;
      const id = `${parent}-i${chineseToNumber(m[1]!)}`;
      at.item = id;
      push({ kind: 'item', id, label: `${m[1]}、`, text: m[2]!.trim(), line });
    } else if ((m = SUBITEM.exec(text)) && isHeadingText(m[2]!)) {
      const label = `(${m[1]})`;
      if (at.box) {
        at.boxItems = chineseToNumber(m[1]!);
        push({ kind: 'boxitem', id: `${at.box}-i${at.boxItems}`, label, text: m[2]!.trim(), line });
      } else {
        if (!at.item)
          throw new Error(`seed line ${line}: "${label}" heading with no "一、" item above it`);
        push({
          kind: 'subitem',
          id: `${at.item}-${chineseToNumber(m[1]!)}`,
          label,
          text: m[2]!.trim(),
          line,
        });
      }
    } else {
      at.paras += 1;
      const parent = at.box ?? at.section ?? at.chapter?.id;
      push({ kind: 'para', id: `${parent}-p${at.paras}`, label: '', text, line });
    }
  }
  return chapters;
}
