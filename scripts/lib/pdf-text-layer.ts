/** Rewrites the ToUnicode CMaps of a PDF made by Chromium so its text layer reads 水, not ⽔ (src/lib/publishing/pdf-tounicode.ts). */
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { fixToUnicode } from '../../src/lib/publishing/pdf-tounicode.ts';

/** Fixes every font's ToUnicode map of a loaded PDF in place; how many maps changed. */
export function fixFontMaps(doc: PDFDocument): number {
  const seen = new Set<string>();
  let fixed = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef) || seen.has(ref.toString())) continue;
    seen.add(ref.toString());
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const out = fixToUnicode(text);
    if (out === text) continue;
    doc.context.assign(ref, doc.context.flateStream(Buffer.from(out, 'latin1')));
    fixed++;
  }
  return fixed;
}

/** The PDF with every font's ToUnicode map fixed, and how many maps changed. */
export async function fixTextLayer(pdf: Uint8Array): Promise<{ pdf: Uint8Array; fixed: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const fixed = fixFontMaps(doc);
  return { pdf: fixed ? await doc.save({ useObjectStreams: false }) : pdf, fixed };
}
