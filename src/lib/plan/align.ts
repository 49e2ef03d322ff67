/** Pairs the blocks of two language versions of a chapter by id, for the parallel view. */
import type { MdxBlock } from './mdx-blocks.ts';

export interface AlignedRow {
  id: string;
  pair: { zh: MdxBlock; en: MdxBlock };
}

/** Rows in Chinese order; throws when a block has no twin (the parity tests say the same, earlier). */
export function alignBlocks(zh: MdxBlock[], en: MdxBlock[]): AlignedRow[] {
  const byId = new Map(en.map((b) => [`${b.tag}#${b.id}`, b]));
  if (byId.size !== zh.length || en.length !== zh.length) {
    throw new Error(
      `parallel view: the Chinese has ${zh.length} blocks and the English ${en.length}; run npm run check:translation`,
    );
  }
  return zh.map((z) => {
    const e = byId.get(`${z.tag}#${z.id}`);
    if (!e) throw new Error(`parallel view: ${z.tag} ${z.id} has no English twin`);
    // A note and the block it follows share no id, so the note's row id is made unique.
    return { id: z.tag === 'Note' ? `pair-${z.id}` : z.id, pair: { zh: z, en: e } };
  });
}
