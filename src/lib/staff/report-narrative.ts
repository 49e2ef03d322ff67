/**
 * The bureau's report text (content/reports/<id>/<lang>.md) is data: plain Markdown (GFM), parsed
 * into a tree and checked against an allowlist of node types. Nothing in it is evaluated, imported
 * or executed; raw HTML, images, code and anything else outside the list is refused with its line.
 * The text is split into the report's parts (six, or seven at mid-term) by its top-level headings
 * (`# 一、总体进展`). Pure.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Heading, Nodes } from 'mdast';
import {
  PART_NUMERALS,
  reportParts,
  type PartId,
  type ReportKind,
} from '../reports/report-outline.ts';
import { refKind, type KnownIds } from '../reports/report-refs.ts';

/** Node types a report text may contain; everything else is refused (and dropped by the renderer). */
export const ALLOWED_NODES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'inlineCode',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'link',
  'blockquote',
  'thematicBreak',
]);

/** What staff are told about a refused node type: Chinese first, then English. */
const REFUSED: Record<string, [string, string]> = {
  html: [
    '不能使用 HTML 标签（如 <img>、<script>、<Ref …>）；请只写文字、列表和表格',
    'HTML tags are not allowed; write text, lists and tables only',
  ],
  image: ['不能插入图片', 'images are not allowed'],
  imageReference: ['不能插入图片', 'images are not allowed'],
  code: [
    '这里被当作代码块（行首有 4 个空格或 ``` 围栏）；请删除行首空格或围栏',
    'this is read as a code block (4 leading spaces or a ``` fence); remove them',
  ],
  definition: [
    '不能使用“[名称]: 网址”形式的链接定义；请直接写 [文字](网址)',
    'link definitions are not allowed; write [text](url)',
  ],
  linkReference: [
    '不能使用“[文字][名称]”形式的链接；请直接写 [文字](网址)',
    'reference links are not allowed; write [text](url)',
  ],
  footnoteReference: ['不能使用脚注', 'footnotes are not allowed'],
  footnoteDefinition: ['不能使用脚注', 'footnotes are not allowed'],
};

/** One problem of a report text, with its line (1-based) when it has one. */
export interface TextProblem {
  line: number | undefined;
  zh: string;
  en: string;
}

/** A report text split into its parts: the Markdown nodes under each part's heading. */
export interface ParsedNarrative {
  parts: Map<PartId, RootContent[]>;
  problems: TextProblem[];
}

/** The part a top-level heading names by its number (一、… / 1. …) in a report of `kind`, or undefined. */
export function partOfHeading(text: string, kind: ReportKind): PartId | undefined {
  const t = text.normalize('NFKC').trim();
  const zh = /^([一二三四五六七八九])\s*[、.]/.exec(t);
  const en = /^(?:part\s*)?([1-9])\s*(?:[.、:)]|\s)/i.exec(t);
  const index = zh
    ? PART_NUMERALS.indexOf(zh[1] as (typeof PART_NUMERALS)[number])
    : en
      ? Number(en[1]) - 1
      : -1;
  return index >= 0 ? reportParts(kind)[index]?.id : undefined;
}

/** "六个部分" / "six parts": how many parts a report of `kind` has, in words. */
export function partCount(kind: ReportKind): { zh: string; en: string } {
  const n = reportParts(kind).length;
  const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return { zh: `${PART_NUMERALS[n - 1]}个部分`, en: `${words[n - 1] ?? n} parts` };
}

/** The plain text of a node (headings, paragraphs). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A link target a report may use: a web address, a path of this site, or `ref:<id>` of the plan. */
function linkProblem(url: string, known: KnownIds): [string, string] | undefined {
  if (url.startsWith('ref:')) {
    const id = url.slice(4);
    return refKind(id, known)
      ? undefined
      : [
          `引用 ref:${id} 不是规划中的段落、指标、任务或项目编号`,
          `ref:${id} names no paragraph, indicator, target or project of the plan`,
        ];
  }
  if (/^https?:\/\/[^\s]+$/i.test(url) || /^mailto:[^\s]+$/i.test(url)) return undefined;
  if (url.startsWith('#')) return undefined;
  if (/^\/(?!\/)/.test(url)) return sitePathProblem(url, known);
  return [
    `链接地址“${url}”不被接受；只能链接 https:// 或 http:// 网址、本站路径（以 / 开头）或 ref:编号`,
    `link "${url}" is not allowed: use https://, http://, a site path or ref:<id>`,
  ];
}

/** A path of this site that names a chapter, paragraph or indicator the plan does not have. */
function sitePathProblem(url: string, known: KnownIds): [string, string] | undefined {
  const [path, hash] = url.split('#') as [string, string | undefined];
  const chapter = /^\/[a-z-]+\/chapters\/(\d+)\/?$/i.exec(path);
  const indicator = /^\/[a-z-]+\/indicators\/([^/]+)\/?$/i.exec(path);
  const missing =
    (chapter && !hasChapter(known, chapter[1]!)) ||
    (chapter && hash && !known.elements.has(hash)) ||
    (indicator && !known.indicators.has(indicator[1]!));
  return missing
    ? [
        `链接“${url}”指向本站不存在的页面或段落；引用规划内容请写 [文字](ref:编号)`,
        `link "${url}" points to a page or paragraph this site does not have; cite the plan with [text](ref:<id>)`,
      ]
    : undefined;
}

/** Whether the plan has chapter `n` (some element id starts with c<n>-). */
const hasChapter = (known: KnownIds, n: string): boolean =>
  [`c${n}-s1`, `c${n}-p1`, `c${n}-s1-p1`].some((id) => known.elements.has(id));

/** Code-shaped text that would have run in the old MDX texts: refused so nobody relies on it. */
function codeShapedText(value: string, atParagraphStart: boolean): [string, string] | undefined {
  if (/[{}]/.test(value))
    return [
      '不能使用花括号 { }（旧的 MDX 写法，会被当作代码）；请改用文字或全角括号',
      'curly braces { } are not allowed (old MDX code syntax); use words or other brackets',
    ];
  if (atParagraphStart && /^\s*(import|export)\s/.test(value))
    return [
      '段落不能以 import 或 export 开头（这是代码写法）',
      'a paragraph may not start with import or export (code syntax)',
    ];
  return undefined;
}

/** Checks every node of the tree against the allowlist, collecting problems. */
function checkTree(tree: Root, known: KnownIds): TextProblem[] {
  const problems: TextProblem[] = [];
  const add = (node: Nodes, [zh, en]: [string, string]) => {
    const line = node.position?.start.line;
    // One message per line: <b>x</b> is two HTML nodes, one mistake.
    if (!problems.some((p) => p.line === line && p.zh === zh)) problems.push({ line, zh, en });
  };
  const visit = (node: Nodes, parent: Nodes | undefined, index: number) => {
    if (!ALLOWED_NODES.has(node.type)) {
      add(
        node,
        REFUSED[node.type] ?? [
          `不支持的写法（${node.type}）`,
          `this kind of Markdown is not supported (${node.type})`,
        ],
      );
      return;
    }
    if (node.type === 'link') {
      const problem = linkProblem(node.url, known);
      if (problem) add(node, problem);
    }
    if (node.type === 'text') {
      const problem = codeShapedText(node.value, parent?.type === 'paragraph' && index === 0);
      if (problem) add(node, problem);
    }
    if (node.type === 'heading' && node.depth > 4)
      add(node, [
        '标题最多四级（#### ）；请减少 # 的个数',
        'headings go down to level 4 (####); use fewer #',
      ]);
    if ('children' in node) (node.children as Nodes[]).forEach((child, i) => visit(child, node, i));
  };
  visit(tree, undefined, 0);
  return problems;
}

/** Parses a report text into a Markdown tree (plain GFM: no HTML, no MDX, nothing that runs). */
export function parseMarkdown(source: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(source);
}

/**
 * Splits and checks a report text: every top-level heading must name one of the kind's parts (in
 * order, each once); text before the first part is refused. An absent or empty part reads 待填写.
 */
export function parseNarrative(source: string, known: KnownIds, kind: ReportKind): ParsedNarrative {
  const count = partCount(kind);
  const outline = reportParts(kind);
  const problems: TextProblem[] = [];
  if (/^\uFEFF?---\r?\n/.test(source))
    problems.push({
      line: 1,
      zh: '文件开头的 --- 块不再使用，请删除（报告标题写在 report.yml 中）',
      en: 'the --- block at the top is no longer used; delete it (the title is in report.yml)',
    });
  const tree = parseMarkdown(source);
  problems.push(...checkTree(tree, known));
  const parts = new Map<PartId, RootContent[]>();
  let current: PartId | undefined;
  let lastIndex = -1;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      const part = partOfHeading(plainText(node as Heading), kind);
      const line = node.position?.start.line;
      if (!part) {
        problems.push({
          line,
          zh: `一级标题“${plainText(node)}”不是报告的${count.zh}之一；请写成“# 一、总体进展”这样带编号的部分标题（部分内的小标题用 ##）`,
          en: `heading "${plainText(node)}" is not one of the ${count.en}; write "# 1. Overall progress" (use ## inside a part)`,
        });
        current = undefined;
        continue;
      }
      const index = outline.findIndex((p) => p.id === part);
      if (parts.has(part))
        problems.push({
          line,
          zh: `第${PART_NUMERALS[index]}部分出现了两次；每个部分只写一次`,
          en: `part ${index + 1} appears twice; write it once`,
        });
      else if (index < lastIndex)
        problems.push({
          line,
          zh: `部分顺序不对：第${PART_NUMERALS[index]}部分应写在第${PART_NUMERALS[lastIndex]}部分之前`,
          en: `parts out of order: part ${index + 1} must come before part ${lastIndex + 1}`,
        });
      lastIndex = Math.max(lastIndex, index);
      current = part;
      parts.set(part, []);
      continue;
    }
    if (!current) {
      problems.push({
        line: node.position?.start.line,
        zh: '这段文字不属于任何部分，不会显示；请放在某个“# 一、……”部分标题之下',
        en: `this text is outside the ${count.en} and would not be shown; put it under a part heading`,
      });
      continue;
    }
    parts.get(current)!.push(node);
  }
  return { parts, problems };
}

/** A problem as one line for staff: file and line in Chinese first, then English. */
export function describeProblem(file: string, p: TextProblem): string {
  return p.line === undefined
    ? `${file}：${p.zh} / ${file}: ${p.en}`
    : `${file} 第 ${p.line} 行：${p.zh} / ${file}, line ${p.line}: ${p.en}`;
}

/** Whether a part has any text. */
export const hasText = (nodes: RootContent[] | undefined): boolean =>
  (nodes ?? []).some((n) => plainText(n as Nodes).trim() !== '' || n.type === 'table');
