/**
 * One face of a font collection (.ttc) as a font file of its own: Debian's Noto CJK fonts come as
 * collections of ten faces (JP, KR, SC, TC, HK, and their Mono twins); the preview images need one,
 * and a font subsetter reads single fonts only. Pure: bytes in, bytes out.
 */

/** The family name (name ID 1) of the font whose table directory starts at `offset`. */
function familyAt(font: Buffer, offset: number): string | undefined {
  const tables = font.readUInt16BE(offset + 4);
  for (let t = 0; t < tables; t++) {
    const record = offset + 12 + 16 * t;
    if (font.toString('latin1', record, record + 4) !== 'name') continue;
    const name = font.readUInt32BE(record + 8);
    const count = font.readUInt16BE(name + 2);
    const strings = name + font.readUInt16BE(name + 4);
    for (let i = 0; i < count; i++) {
      const r = name + 6 + 12 * i;
      const [platform, , , id, length, at] = [0, 2, 4, 6, 8, 10].map((k) =>
        font.readUInt16BE(r + k),
      ) as [number, number, number, number, number, number];
      if (id !== 1 || platform !== 3) continue;
      const bytes = Buffer.from(font.subarray(strings + at, strings + at + length));
      return bytes.swap16().toString('utf16le');
    }
  }
  return undefined;
}

/**
 * The face of `family` from a collection, as a standalone OpenType font (the same tables, copied);
 * a font that is not a collection is returned as it is. Throws when the collection has no such face.
 */
export function faceOf(font: Buffer, family: string): Buffer {
  if (font.toString('latin1', 0, 4) !== 'ttcf') return font;
  const faces = font.readUInt32BE(8);
  const offsets = Array.from({ length: faces }, (_, i) => font.readUInt32BE(12 + 4 * i));
  const offset = offsets.find((o) => familyAt(font, o) === family);
  if (offset === undefined) {
    const found = offsets.map((o) => familyAt(font, o)).join(', ');
    throw new Error(`font collection has no face "${family}" (it has ${found})`);
  }
  const count = font.readUInt16BE(offset + 4);
  const directory = Buffer.alloc(12 + 16 * count);
  font.copy(directory, 0, offset, offset + 12);
  const parts: Buffer[] = [directory];
  let position = directory.length;
  for (let t = 0; t < count; t++) {
    const from = offset + 12 + 16 * t;
    const to = 12 + 16 * t;
    const start = font.readUInt32BE(from + 8);
    const length = font.readUInt32BE(from + 12);
    font.copy(directory, to, from, from + 8); // tag and checksum
    directory.writeUInt32BE(position, to + 8);
    directory.writeUInt32BE(length, to + 12);
    const padding = (4 - (length % 4)) % 4; // tables start on 4-byte boundaries
    parts.push(font.subarray(start, start + length), Buffer.alloc(padding));
    position += length + padding;
  }
  return Buffer.concat(parts);
}

/** The family of a single font (not a collection), or undefined. */
export function familyOf(font: Buffer): string | undefined {
  return font.toString('latin1', 0, 4) === 'ttcf' ? undefined : familyAt(font, 0);
}
