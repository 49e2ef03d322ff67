/** A cached PDF given another date is byte for byte the PDF stamped with that date when printed. */
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { restampDates, stampDates } from '../../scripts/lib/pdf-dates.ts';

/** A small PDF saved the way build-pdf saves a print, with its dates set to `date`. */
async function printed(date: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage().drawText('Fixture page');
  doc.setTitle('Fixture');
  stampDates(doc, date);
  return doc.save({ useObjectStreams: false });
}

describe('restampDates', () => {
  it('gives the bytes of a print stamped with the new date', async () => {
    const before = await printed(new Date('2022-09-20T00:00:00Z'));
    const after = new Date('2026-12-04T18:00:33Z');
    const restamped = restampDates(before, after);
    expect(Buffer.from(restamped!).toString('latin1')).toContain(
      '/CreationDate (D:20261204180033Z)',
    );
    expect(Buffer.from(restamped!).equals(Buffer.from(await printed(after)))).toBe(true);
  });
  it('refuses a file whose dates it cannot find exactly once each (it is printed again)', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    expect(restampDates(await doc.save({ useObjectStreams: false }), new Date())).toBeUndefined();
    const twice = Buffer.concat([
      Buffer.from(await printed(new Date(0))),
      Buffer.from('/ModDate (D:19700101000000Z)', 'latin1'),
    ]);
    expect(restampDates(twice, new Date())).toBeUndefined();
  });
});
