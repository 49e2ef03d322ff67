/**
 * Report text safety: report MDX may use Markdown and the site's own components, never raw
 * script, frames, styles, event handlers or script/data URLs. Pure: text in, problems out
 * (each with its line), so `check` and the build refuse the same things.
 */

export interface TextProblem {
  line: number;
  zh: string;
  en: string;
}

const TAGS = /<\s*(script|iframe|style|object|embed|frame|frameset|base|meta|link)\b/i;
const HANDLER = /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/i;
const BAD_SCHEME = /^(javascript|data|vbscript):/i;
/** Attribute values and Markdown link targets that are URLs. */
const URL_SPOTS = [
  /\b(?:href|src|action|formAction|poster|xlinkHref|xlink:href|srcSet)\s*=\s*(?:\{\s*)?["'`]?\s*([^"'`\s>}]+)/gi,
  /\]\(\s*<?\s*([^)\s>]+)/g, // [text](url)
  /^\s*\[[^\]]+\]:\s*<?\s*(\S+)/g, // [ref]: url
  /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi, // <scheme:autolink>
];

/** Numeric and named character references decoded, and control characters and blanks removed: how a browser reads a URL. */
function unobfuscate(text: string): string {
  return (
    text
      .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&colon;/gi, ':')
      .replace(/&tab;|&newline;/gi, '')
      // Control characters are exactly what is matched here: browsers drop them inside a URL scheme.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0020\u007f]/g, '')
  );
}

/** Lines of Markdown outside fenced code blocks, with inline code spans blanked (code is shown, not run). */
function proseLines(source: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  source.split(/\r?\n/).forEach((text, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(text);
    if (m) {
      if (!fence) fence = m[1]![0]!.repeat(3);
      else if (m[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (!fence)
      out.push({ text: text.replace(/`[^`]*`/g, (s) => ' '.repeat(s.length)), line: i + 1 });
  });
  return out;
}

/** Everything in a report's MDX that could run script or load from elsewhere, with its line. */
export function unsafeMdx(source: string): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const { text, line } of proseLines(source)) {
    const tag = TAGS.exec(text);
    if (tag)
      problems.push({
        line,
        zh: `不允许使用 <${tag[1]!.toLowerCase()}> 标签`,
        en: `raw <${tag[1]!.toLowerCase()}> is not allowed`,
      });
    if (/^\s*(import|export)\s/.test(text))
      problems.push({
        line,
        zh: '报告正文中不允许 import/export 语句(网站组件无需导入)',
        en: "import/export statements are not allowed in report text (the site's components need no import)",
      });
    const handler = HANDLER.exec(text);
    if (handler)
      problems.push({
        line,
        zh: `不允许使用事件属性 ${handler[1]}=`,
        en: `event-handler attribute ${handler[1]}= is not allowed`,
      });
    for (const spot of URL_SPOTS) {
      for (const m of text.matchAll(spot)) {
        const url = unobfuscate(m[1]!);
        const scheme = BAD_SCHEME.exec(url);
        if (scheme)
          problems.push({
            line,
            zh: `不允许 ${scheme[1]!.toLowerCase()}: 网址`,
            en: `${scheme[1]!.toLowerCase()}: URLs are not allowed`,
          });
      }
    }
  }
  return problems;
}

/** What internal links may point at: the plan's element ids and the ids of pages. */
export interface LinkTargets {
  elements: Set<string>;
  chapters: Set<number>;
  indicators: Set<string>;
  targets?: Set<string>;
  projects?: Set<string>;
}

/**
 * Links from report text to the plan that do not resolve: a chapter, an indicator, or a
 * paragraph (#id, or a component's `paragraph`/`to`/`id` attribute naming an element) that does not exist.
 */
export function brokenLinks(source: string, targets: LinkTargets): TextProblem[] {
  const problems: TextProblem[] = [];
  const missing = (line: number, what: string) =>
    problems.push({
      line,
      zh: `链接指向不存在的${what.startsWith('#') ? '段落' : '页面'} ${what}`,
      en: `links to a ${what.startsWith('#') ? 'paragraph' : 'page'} that does not exist: ${what}`,
    });
  for (const { text, line } of proseLines(source)) {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)|\bhref\s*=\s*["']([^"']+)/g)) {
      const href = m[1] ?? m[2]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // an address elsewhere, not ours to resolve
      const [path, hash] = href.split('#') as [string, string | undefined];
      const chapter = /\/chapters\/(\d+)\/?$/.exec(path);
      if (chapter && !targets.chapters.has(Number(chapter[1]))) missing(line, path);
      const indicator = /\/indicators\/([a-z0-9-]+)\/?$/.exec(path);
      if (indicator && !targets.indicators.has(indicator[1]!)) missing(line, path);
      if (hash && chapter && !targets.elements.has(hash)) missing(line, `#${hash}`);
    }
    for (const m of text.matchAll(
      /<Ref\b[^>]*?\b(?:to|id|paragraph|target)\s*=\s*["']([^"']+)["']/g,
    )) {
      const id = m[1]!.replace(/^#/, '');
      // <Ref> cites a paragraph, an indicator, a target or a project (src/lib/report-refs.ts).
      if (
        ![targets.elements, targets.indicators, targets.targets, targets.projects].some((known) =>
          known?.has(id),
        )
      )
        missing(line, `#${id}`);
    }
  }
  return problems;
}
