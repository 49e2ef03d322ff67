/** Pairs the blocks of two language versions of a chapter by id, for the parallel view. */
import type { MdxBlock } from './mdx-blocks.ts';

export interface AlignedRow {
  id: string;
  /** The original's block, then its translation's. */
  pair: readonly [MdxBlock, MdxBlock];
}

/** Rows in the original's order; throws when a block has no twin (the parity tests say the same, earlier). */
export function alignBlocks(original: MdxBlock[], translation: MdxBlock[]): AlignedRow[] {
  const byId = new Map(translation.map((b) => [`${b.tag}#${b.id}`, b]));
  if (byId.size !== original.length || translation.length !== original.length) {
    throw new Error(
      `parallel view: the original has ${original.length} blocks and the translation ${translation.length}; run npm run check:translation`,
    );
  }
  return original.map((o) => {
    const t = byId.get(`${o.tag}#${o.id}`);
    if (!t) throw new Error(`parallel view: ${o.tag} ${o.id} has no twin in the translation`);
    // A note and the block it follows share no id, so the note's row id is made unique.
    return { id: o.tag === 'Note' ? `pair-${o.id}` : o.id, pair: [o, t] as const };
  });
}
