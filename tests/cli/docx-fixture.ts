/**
 * Minimal Word documents for tests, written the way Word and WPS store them (WordprocessingML in a
 * zip): bold numbered paragraphs, heading styles, tables, lists, and what staff leave behind
 * (tracked changes, comments, text boxes, images). Synthetic text only.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text, bold if asked. */
export const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A paragraph of runs (or of one plain text), with a paragraph style if given. */
export const para = (content: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content.startsWith('<w:') ? content : run(content)}</w:p>`;
/** A bold paragraph, as bureaus write part headings. */
export const boldPara = (text: string) => para(run(text, true));
/** A table whose first row is its header. */
export const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>${rows
    .map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
/** A paragraph with an insertion not yet accepted. */
export const tracked = (text: string) =>
  `<w:p><w:ins w:id="1" w:author="测试" w:date="2024-01-01T00:00:00Z">${run(text)}</w:ins></w:p>`;
/** A paragraph with a comment on it. */
export const commented = (text: string) =>
  `<w:p><w:commentRangeStart w:id="0"/>${run(text)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
/** A paragraph holding a text box. */
export const textBox = (text: string) =>
  `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
/** A paragraph holding an image (a 1×1 PNG). */
export const image = () =>
  `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="图片 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A .docx with `body` (paragraphs and tables) and the heading styles 标题 1–3. */
export async function docx(body: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`,
  );
  zip.file('word/media/image1.png', PNG);
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${[1, 2, 3]
      .map(
        (n) =>
          `<w:style w:type="paragraph" w:styleId="${n}"><w:name w:val="heading ${n}"/></w:style>`,
      )
      .join('')}</w:styles>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The six parts of a report as a bureau writes them, with a title block before them. */
export const BUREAU_REPORT = [
  boldPara('黔东南州“十四五”生态环境保护规划中期评估报告（测试稿）'),
  para('黔东南州生态环境局（测试）'),
  boldPara('一、总体进展'),
  para('测试正文：全州生态环境质量总体稳定。'),
  boldPara('（一）大气环境'),
  para('测试正文：优良天数比例较高。'),
  table([
    ['测试指标', '2023年'],
    ['优良天数比例', '98.6%'],
  ]),
  para('二、主要指标完成情况', '1'),
  boldPara('三、重点任务推进情况'),
  boldPara('四、重大工程项目进展'),
  boldPara('五、存在的主要问题'),
  para('1. 测试问题：部分县城污水管网覆盖不足，需要进一步加快建设进度。'),
  boldPara('六、下一步工作建议'),
  para('测试建议：继续推进[重点]工作。'),
];
/** A mid-term report has a seventh part: the adjustments it proposes to the plan. */
export const MIDTERM_REPORT = [
  ...BUREAU_REPORT,
  boldPara('七、规划调整建议'),
  para('测试：暂不调整规划目标。'),
];
