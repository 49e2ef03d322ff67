/**
 * Build time only (it loads OpenCC's dictionaries): the traditional → simplified table from
 * opencc-js, character by character, and the small part of it the browser needs.
 */
import * as OpenCC from 'opencc-js';
import type { FoldTable } from './search-fold.ts';

/** Code point ranges of CJK ideographs: unified, extension A, compatibility, extensions B–F. */
const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2ebef],
];

let full: Map<string, string> | undefined;

/**
 * Every character OpenCC simplifies on its own: traditional characters (OpenCC's standard
 * traditional) and Hong Kong variants, each with its simplified form. Taiwan usage conversions
 * are left out: they also rewrite simplified characters (著 → 着) that the plan uses as they are.
 */
export function traditionalToSimplified(): FoldTable {
  if (full) return full;
  const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  full = new Map();
  for (const [first, last] of RANGES) {
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCodePoint(cp);
      let simplified = fromTraditional(ch);
      if (simplified === ch) simplified = fromHongKong(ch);
      if (simplified !== ch && [...simplified].length === 1) full.set(ch, simplified);
    }
  }
  return full;
}

/** The part of a table the browser needs: characters that fold to one occurring in the site's text. */
export function tableFor(table: FoldTable, siteChars: ReadonlySet<string>): FoldTable {
  return new Map([...table].filter(([, simplified]) => siteChars.has(simplified)));
}
