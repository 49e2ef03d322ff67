/**
 * Generates src/lib/publishing/shared-glyphs.json: for each code point that Noto Sans CJK SC draws with the
 * same glyph as another, the one meant: the one the site's texts use (seeds/, content/), else the
 * ideograph (水 for the Kangxi radical ⽔). Chromium may name such a glyph by the wrong code point
 * in a PDF's text layer; src/lib/publishing/pdf-tounicode.ts undoes it. Re-run when the texts gain characters.
 *   node scripts/shared-glyphs.ts [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { filesUnder } from '../src/lib/core/files.ts';

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

const fonts =
  buf.toString('latin1', 0, 4) === 'ttcf'
    ? Array.from({ length: u32(8) }, (_, i) => u32(12 + i * 4))
    : [0];
const sc = fonts.find((f) => {
  const name = tables(f).get('name')!;
  const count = u16(name + 2);
  const strings = name + u16(name + 4);
  for (let i = 0; i < count; i++) {
    const r = name + 6 + i * 12;
    if (u16(r + 6) === 1 && u16(r) === 3) {
      const text = buf
        .subarray(strings + u16(r + 10), strings + u16(r + 10) + u16(r + 8))
        .swap16()
        .toString('utf16le');
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
// Code points drawn with one glyph; the text layer can name only one of them.
const members = new Map<number, number[]>();
for (const [cp, glyph] of glyphOf) members.set(glyph, [...(members.get(glyph) ?? []), cp]);
// The characters the site's texts use: where one of a glyph's code points is used, that is the one meant.
const used = new Set<number>();
for (const f of [
  ...filesUnder('seeds', '.txt'),
  ...filesUnder('content', '.mdx'),
  ...filesUnder('content', '.md'),
  ...filesUnder('content', '.yml'),
]) {
  for (const ch of readFileSync(f, 'utf8')) used.add(ch.codePointAt(0)!);
}
const isIdeograph = (cp: number) => cp >= 0x4e00 && cp <= 0x9fff;
const table: Record<string, string> = {};
for (const cps of members.values()) {
  if (cps.length < 2) continue;
  const inUse = cps.filter((cp) => used.has(cp));
  const meant =
    inUse.length === 1 ? inUse[0] : inUse.length === 0 ? cps.find(isIdeograph) : undefined;
  if (meant === undefined) continue;
  for (const cp of cps)
    if (cp !== meant) table[String.fromCodePoint(cp)] = String.fromCodePoint(meant);
}
// Glyphs that shaping substitutes (the font's features for Simplified Chinese), which the cmap does
// not show as shared: found by comparing the PDF's text with the pages' (tests/site/pdf.test.ts).
const SHAPED: [shown: number, meant: number][] = [[0x2015, 0x2014]]; // ― for — (破折号)
for (const [shown, meant] of SHAPED)
  if (used.has(meant) && !used.has(shown))
    table[String.fromCodePoint(shown)] = String.fromCodePoint(meant);
const sorted = Object.fromEntries(
  Object.entries(table).sort((a, b) => a[0].codePointAt(0)! - b[0].codePointAt(0)!),
);
writeFileSync(
  'src/lib/publishing/shared-glyphs.json',
  `${JSON.stringify(sorted, null, 0).replace(/,"/g, ',\n"')}\n`,
);
console.log(
  `shared-glyphs: ${Object.keys(sorted).length} code points share a glyph with the character the texts mean, in ${file}`,
);
