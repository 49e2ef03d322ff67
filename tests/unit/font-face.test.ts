/** A face taken out of Debian's Noto CJK collection as a font of its own (src/lib/publishing/font-face.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { faceOf, familyOf } from '../../src/lib/publishing/font-face.ts';

const collection = readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc');

describe('faceOf', () => {
  it('takes the Simplified Chinese face out of the collection, every table kept', () => {
    const face = faceOf(collection, 'Noto Sans CJK SC');
    expect(face.toString('latin1', 0, 4)).toBe('OTTO');
    expect(familyOf(face)).toBe('Noto Sans CJK SC');
    const tables = face.readUInt16BE(4);
    expect(tables).toBeGreaterThan(10);
    for (let t = 0; t < tables; t++) {
      const start = face.readUInt32BE(12 + 16 * t + 8);
      const length = face.readUInt32BE(12 + 16 * t + 12);
      expect(start % 4).toBe(0);
      expect(start + length).toBeLessThanOrEqual(face.length);
    }
    // A far smaller file than the ten faces together.
    expect(face.length).toBeLessThan(collection.length);
  });
  it('takes another face by its name, and returns a single font as it is', () => {
    const japanese = faceOf(collection, 'Noto Sans CJK JP');
    expect(familyOf(japanese)).toBe('Noto Sans CJK JP');
    expect(faceOf(japanese, 'anything')).toBe(japanese);
  });
  it('names the faces there are when the family is not among them', () => {
    expect(() => faceOf(collection, 'Noto Sans CJK XX')).toThrow(
      /no face "Noto Sans CJK XX" \(it has Noto Sans CJK JP, Noto Sans CJK KR, Noto Sans CJK SC/,
    );
  });
});
