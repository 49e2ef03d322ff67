/**
 * Reads the chapter dialect written by mdx-writer.ts back into blocks: one element per
 * line (<H2 id=… label=…>…</H2>, <P id=…>…</P>, <Box …>, </Box>, <Note id=… />,
 * <IndicatorTable … />). Used for navigation, the parallel view and the parity tests.
 */
import { unescapeMdxText } from './mdx-writer.ts';

export type Tag = 'H2' | 'H3' | 'H4' | 'P' | 'Box' | 'Note' | 'IndicatorTable';

export interface MdxBlock {
  tag: Tag;
  id: string;
  attrs: Record<string, string>;
  /** Text content, unescaped (empty for Box, Note, IndicatorTable). */
  text: string;
  /** Id of the box this block sits in, if any. */
  box?: string | undefined;
  /** 1-based line in the MDX file. */
  line: number;
}

const ATTR = /([A-Za-z]+)=(?:"([^"]*)"|\{("(?:[^"\\]|\\.)*")\})/g;
const ELEMENT = /^<(H2|H3|H4|P)(?:\s+([^>]*?))?>(.*)<\/\1>$/;
const OPEN_BOX = /^<Box\s+(.*)>$/;
const SELF_CLOSING = /^<(Note|IndicatorTable)\s+(.*?)\s*\/>$/;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1]!] = m[2] ?? (JSON.parse(m[3]!) as string);
  return attrs;
}

/** A chapter file's lines (CRLF files, saved on Windows, read the same) and the index of the closing `---` of its front matter (-1: none). */
function splitFile(source: string): { lines: string[]; end: number } {
  const lines = source.split(/\r?\n/);
  if (lines[0] !== '---') return { lines, end: -1 };
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('front matter is not closed with ---');
  return { lines, end };
}

/** The front matter of a chapter file (the YAML between the first two `---` lines), as text. */
export function frontMatterText(source: string): string {
  const { lines, end } = splitFile(source);
  return lines.slice(1, Math.max(end, 1)).join('\n');
}

/** The body lines of a chapter file with their line numbers in the file. */
function bodyLines(source: string): { text: string; line: number }[] {
  const { lines, end } = splitFile(source);
  const start = end + 1;
  return lines
    .slice(start)
    .map((text, i) => ({ text, line: start + i + 1 }))
    .filter((l) => l.text.trim() !== '');
}

/** Parses a chapter MDX source into blocks; throws with the line number on anything outside the dialect. */
export function parseMdxBlocks(source: string, fileName = 'chapter'): MdxBlock[] {
  const blocks: MdxBlock[] = [];
  let box: string | undefined;
  for (const { text, line } of bodyLines(source)) {
    const where = `${fileName}:${line}`;
    let m: RegExpExecArray | null;
    if ((m = ELEMENT.exec(text))) {
      const attrs = parseAttrs(m[2] ?? '');
      if (!attrs['id']) throw new Error(`${where}: <${m[1]}> has no id`);
      blocks.push({
        tag: m[1] as Tag,
        id: attrs['id'],
        attrs,
        text: unescapeMdxText(m[3]!),
        box,
        line,
      });
    } else if ((m = OPEN_BOX.exec(text))) {
      const attrs = parseAttrs(m[1]!);
      if (!attrs['id']) throw new Error(`${where}: <Box> has no id`);
      if (box) throw new Error(`${where}: <Box> opened inside ${box}`);
      box = attrs['id'];
      blocks.push({ tag: 'Box', id: attrs['id'], attrs, text: '', line });
    } else if (text === '</Box>') {
      if (!box) throw new Error(`${where}: </Box> without an open <Box>`);
      box = undefined;
    } else if ((m = SELF_CLOSING.exec(text))) {
      const attrs = parseAttrs(m[2]!);
      if (!attrs['id']) throw new Error(`${where}: <${m[1]}> has no id`);
      blocks.push({ tag: m[1] as Tag, id: attrs['id'], attrs, text: '', box, line });
    } else {
      throw new Error(
        `${where}: not an element of the chapter format (one <H2|H3|H4|P|Box|Note|IndicatorTable> per line): "${text.slice(0, 60)}"`,
      );
    }
  }
  if (box) throw new Error(`${fileName}: <Box id="${box}"> is never closed`);
  return blocks;
}

export interface OutlineEntry {
  id: string;
  label: string;
  title: string;
  kind: 'section' | 'box';
}

/** The chapter's sections and boxes, in order: the on-page contents list. */
export function outlineOf(blocks: MdxBlock[]): OutlineEntry[] {
  return blocks.flatMap((b): OutlineEntry[] => {
    if (b.tag === 'H2')
      return [{ id: b.id, label: b.attrs['label'] ?? '', title: b.text, kind: 'section' }];
    if (b.tag === 'Box')
      return [
        { id: b.id, label: b.attrs['label'] ?? '', title: b.attrs['title'] ?? '', kind: 'box' },
      ];
    return [];
  });
}

/** A run of a chapter's blocks: a box with the blocks inside it, or blocks outside any box. */
export interface BlockGroup {
  box: MdxBlock | undefined;
  blocks: MdxBlock[];
}

/** The blocks in reading order, those inside a box gathered under it (as the chapter file nests them). */
export function groupByBox(blocks: MdxBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.tag === 'Box') groups.push({ box: block, blocks: [] });
    else if (block.box !== undefined) {
      if (last?.box?.id !== block.box)
        throw new Error(
          `line ${block.line}: ${block.tag} ${block.id} is in box ${block.box}, which is not open there`,
        );
      last.blocks.push(block);
    } else if (last && !last.box) last.blocks.push(block);
    else groups.push({ box: undefined, blocks: [block] });
  }
  return groups;
}
