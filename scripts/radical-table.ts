/**
 * Generates src/lib/cjk-radicals.json: for each CJK radical code point (U+2E80–U+2FDF) that
 * Noto Sans CJK SC draws with the same glyph as an ideograph, that ideograph. Chromium may name
 * such a glyph by the radical in a PDF's text layer (src/lib/pdf-tounicode.ts undoes it).
 *   node scripts/radical-table.ts [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const buf = readFileSync(file);
const u16 = (o: number) => buf.readUInt16BE(o);
const u32 = (o: number) => buf.readUInt32BE(o);

function tables(fontOffset: number): Map<string, number> {
  const n = u16(fontOffset + 4);
  const out = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const rec = fontOffset + 12 + i * 16;
    out.set(buf.toString('latin1', rec, rec + 4), u32(rec + 8));
  }
  return out;
}

const fonts = buf.toString('latin1', 0, 4) === 'ttcf' ? Array.from({ length: u32(8) }, (_, i) => u32(12 + i * 4)) : [0];
const sc = fonts.find((f) => {
  const name = tables(f).get('name')!;
  const count = u16(name + 2);
  const strings = name + u16(name + 4);
  for (let i = 0; i < count; i++) {
    const r = name + 6 + i * 12;
    if (u16(r + 6) === 1 && u16(r) === 3) {
      const text = buf.subarray(strings + u16(r + 10), strings + u16(r + 10) + u16(r + 8)).swap16().toString('utf16le');
      if (text === 'Noto Sans CJK SC') return true;
    }
  }
  return false;
});
if (sc === undefined) throw new Error(`${file}: no Noto Sans CJK SC in it`);

// cmap format 12 (segmented coverage): code point → glyph id.
const cmap = tables(sc).get('cmap')!;
let glyphOf = new Map<number, number>();
for (let i = 0; i < u16(cmap + 2); i++) {
  const sub = cmap + u32(cmap + 4 + i * 8 + 4);
  if (u16(sub) !== 12) continue;
  const groups = u32(sub + 12);
  const map = new Map<number, number>();
  for (let g = 0; g < groups; g++) {
    const at = sub + 16 + g * 12;
    const [start, end, glyph] = [u32(at), u32(at + 4), u32(at + 8)];
    for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
  }
  glyphOf = map;
  break;
}
const ideographOfGlyph = new Map<number, number>();
for (const [cp, glyph] of glyphOf) {
  if (cp >= 0x4e00 && cp <= 0x9fff && !ideographOfGlyph.has(glyph)) ideographOfGlyph.set(glyph, cp);
}
const table: Record<string, string> = {};
for (const [cp, glyph] of [...glyphOf].sort((a, b) => a[0] - b[0])) {
  if (cp < 0x2e80 || cp > 0x2fdf) continue;
  const ideograph = ideographOfGlyph.get(glyph);
  if (ideograph !== undefined) table[String.fromCodePoint(cp)] = String.fromCodePoint(ideograph);
}
writeFileSync('src/lib/cjk-radicals.json', `${JSON.stringify(table, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`radical-table: ${Object.keys(table).length} radicals share a glyph with an ideograph in ${file}`);
