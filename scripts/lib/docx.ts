/**
 * Reading a report narrative from a Word or WPS file (.docx) with mammoth, and what mammoth would
 * pass over silently: text boxes, tracked changes not yet accepted, comments. The conversion to
 * the report's Markdown is src/lib/staff/docx-narrative.ts.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { fileKind } from './workbook.ts';

/** Word styles a bureau uses for headings, in English and Chinese Word and WPS. */
const STYLE_MAP = [1, 2, 3, 4].flatMap((n) => [
  `p[style-name='标题 ${n}'] => h${n}:fresh`,
  `p[style-name='Heading ${n}'] => h${n}:fresh`,
  `p[style-name='heading ${n}'] => h${n}:fresh`,
]);

/** The HTML of a .docx, or the problems that stop it from being read (each naming the file). */
export async function readDocx(path: string): Promise<{ html: string; problems: string[] }> {
  const name = basename(path);
  const refuse = (zh: string, en: string) => ({
    html: '',
    problems: [`${name}：${zh} / ${name}: ${en}`],
  });
  const ext = extname(path).toLowerCase();
  const bytes = readFileSync(path);
  const kind = fileKind(bytes);
  if (ext === '.doc' || kind === 'ole')
    return refuse(
      '这是旧版 Word 97-2003 文件（.doc），不能导入；请在 Word 或 WPS 中“另存为” Word 文档（.docx）',
      'a Word 97-2003 file (.doc) is not imported: save it as a Word document (.docx)',
    );
  if (kind === 'empty') return refuse('文件是空的（0 字节）', 'the file is empty (0 bytes)');
  if (kind !== 'zip')
    return refuse(
      '不是 Word 文档（.docx）；可能只是改了扩展名。请在 Word 或 WPS 中另存为 .docx',
      'not a Word document (.docx), perhaps a renamed file: save it as .docx',
    );
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file('word/document.xml');
    if (!doc) throw new Error('no word/document.xml');
    xml = await doc.async('string');
  } catch {
    return refuse(
      '文件已损坏或不是 Word 文档，无法打开；请重新保存为 .docx',
      'the file is damaged or not a Word document',
    );
  }
  const problems: string[] = [];
  const say = (zh: string, en: string) => problems.push(`${name}：${zh} / ${name}: ${en}`);
  const count = (re: RegExp) => (xml.match(re) ?? []).length;
  const changes = count(/<w:(ins|del|moveFrom|moveTo)\b/g);
  if (changes > 0)
    say(
      `有 ${changes} 处修订尚未接受或拒绝；请在 Word 或 WPS 中用“审阅 → 接受所有修订”（或逐一处理）后保存，再导入`,
      `${changes} tracked change(s) are not accepted or rejected: review them in Word or WPS, save, then import`,
    );
  const comments = count(/<w:commentReference\b/g);
  if (comments > 0)
    say(
      `有 ${comments} 条批注；批注不会发布，请处理后删除批注再导入`,
      `${comments} comment(s): resolve and delete them before importing`,
    );
  const boxes = [...xml.matchAll(/<w:txbxContent\b[\s\S]*?<\/w:txbxContent>/g)];
  for (const box of boxes.filter((b, i) => boxes.findIndex((c) => c[0] === b[0]) === i)) {
    const text = box[0]
      .replace(/<[^>]+>/g, '')
      .trim()
      .slice(0, 20);
    say(
      `有文本框（“${text}…”）；文本框中的文字无法确定位置，请把它改成正文段落`,
      `a text box ("${text}…"): its text has no place in the text; make it an ordinary paragraph`,
    );
  }
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, includeDefaultStyleMap: true },
  );
  return { html: result.value, problems };
}
