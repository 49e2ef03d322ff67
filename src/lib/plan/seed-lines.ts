/**
 * Splitting the published plan text (the seed) into its parts: the publication
 * record, the table of contents and the body. Pure functions, no file access.
 */

export interface PublicationRecord {
  title: string;
  indexNumber: string;
  dateWritten: string;
  documentNumber: string;
  datePublished: string;
  issuingBody: string;
  validity: string;
  name: string;
}

export interface SeedParts {
  record: PublicationRecord;
  /** Table-of-contents lines, trimmed, leader dots removed. */
  toc: string[];
  /** Body lines, trimmed, blank lines dropped; `line` is the 1-based line number in the seed. */
  body: { text: string; line: number }[];
}

const CHAPTER_ONE = /^第一章/;

/** Splits the seed into publication record, table of contents and body; throws if the shape is not the published one. */
export function splitSeed(seed: string): SeedParts {
  const lines = seed
    .split(/\r?\n/)
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter((l) => l.text !== '');
  const chapterOnes = lines.flatMap((l, i) => (CHAPTER_ONE.test(l.text) ? [i] : []));
  if (chapterOnes.length !== 2) {
    throw new Error(
      `seed: expected "第一章" twice (table of contents, then body), found it ${chapterOnes.length} time(s)`,
    );
  }
  const [tocStart, bodyStart] = chapterOnes as [number, number];
  const head = lines.slice(0, tocStart).map((l) => l.text);
  return {
    record: parseRecord(head),
    toc: lines.slice(tocStart, bodyStart).map((l) => stripLeaders(l.text)),
    body: lines.slice(bodyStart),
  };
}

/** Removes the leader dots that a printed table of contents puts after a title. */
export function stripLeaders(text: string): string {
  return text.replace(/[.\s]*\.{3,}[.\s]*$/, '').trim();
}

function field(head: string[], label: string, next: string[]): string {
  for (const line of head) {
    const at = line.indexOf(label);
    if (at === -1) continue;
    let rest = line.slice(at + label.length);
    for (const other of next) {
      const cut = rest.indexOf(other);
      if (cut !== -1) rest = rest.slice(0, cut);
    }
    return rest.replace(/^[::\s]+/, '').trim();
  }
  throw new Error(`seed: publication record has no "${label}" field`);
}

/** Reads the publication record (索引号, 成文日期, 发布时间, 名称 …) from the lines above the table of contents. */
export function parseRecord(head: string[]): PublicationRecord {
  const title = head[0];
  if (!title) throw new Error('seed: the first line (the plan title) is missing');
  const labels = ['索引号', '成文日期', '文号', '发布时间', '发布机构', '是否有效', '名称', '字体'];
  const after = (label: string) =>
    field(
      head.slice(1).filter((l) => !/^发布时间[::]\s*字体/.test(l)),
      label,
      labels.filter((l) => l !== label),
    );
  return {
    title,
    indexNumber: after('索引号'),
    dateWritten: after('成文日期'),
    documentNumber: after('文号'),
    datePublished: after('发布时间'),
    issuingBody: after('发布机构'),
    validity: after('是否有效'),
    name: after('名称'),
  };
}
