/**
 * Reading text files that staff edit: UTF-8 only (a byte-order mark is dropped, CRLF becomes LF);
 * anything else is refused with the encoding it looks like. CSV files may also be GBK/GB18030,
 * which is detected (never guessed silently) and converted.
 */
import { readFileSync } from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DataError } from './records.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The encoding some bytes look like, in words staff recognise (GBK for the GB family). */
export function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const found = chardet.detect(bytes);
  if (!found) return 'an unknown encoding';
  return /^(GB18030|GB2312|GBK)$/i.test(found) ? 'GBK' : found;
}

/** Whether the bytes are in the GB family (GBK, GB18030) by detection, not by assumption. */
function looksGb(bytes: Uint8Array): boolean {
  return (
    guessEncoding(bytes) === 'GBK' &&
    !iconv.decode(Buffer.from(bytes), 'gb18030').includes('\uFFFD')
  );
}

/** Normalises decoded text: no byte-order mark, LF line endings. */
const normalise = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Decodes UTF-8 bytes of `file`; throws a DataError naming the file and the encoding it looks like. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return normalise(strictUtf8.decode(bytes));
  } catch {
    const enc = guessEncoding(bytes);
    throw new DataError([
      `${file}: 不是 UTF-8 编码(看起来是 ${enc}):请另存为 UTF-8 / is not UTF-8 (looks like ${enc}: save it as UTF-8)`,
    ]);
  }
}

/** Reads a UTF-8 text file (relative or absolute path; `name` is how errors call it). */
export function readText(path: string, name = path): string {
  return decodeUtf8(name, readFileSync(path));
}

/** Decodes a CSV: UTF-8 with or without BOM, or GBK/GB18030 when detected; anything else is refused. */
export function decodeCsv(
  file: string,
  bytes: Uint8Array,
): { text: string; encoding: 'UTF-8' | 'GB18030' } {
  try {
    return { text: normalise(strictUtf8.decode(bytes)), encoding: 'UTF-8' };
  } catch {
    if (looksGb(bytes))
      return { text: normalise(iconv.decode(Buffer.from(bytes), 'gb18030')), encoding: 'GB18030' };
    const enc = guessEncoding(bytes);
    throw new DataError([
      `${file}: 无法识别的编码(看起来是 ${enc}):请另存为 UTF-8 CSV / unreadable encoding (looks like ${enc}): save it as CSV UTF-8`,
    ]);
  }
}
