/**
 * The outline every evaluation report follows (the settled form of a Chinese 中期评估 / 总结评估),
 * and the narrative parts of the bureau's text in content/reports/<id>/<lang>.mdx. Pure.
 */

export type ReportKind = 'midterm' | 'final';

/** The six parts, in order; the id is the permanent anchor of the part's section. */
export const REPORT_PARTS = [
  { id: 'overall-progress', narrative: 'Progress' },
  { id: 'main-indicators' },
  { id: 'key-tasks' },
  { id: 'key-projects' },
  { id: 'main-problems', narrative: 'Problems' },
  { id: 'recommendations', narrative: 'Recommendations' },
] as const satisfies readonly { id: string; narrative?: string }[];

export type PartId = (typeof REPORT_PARTS)[number]['id'];
/** The MDX elements that hold the bureau's text, in the order they must appear. */
export const NARRATIVE_TAGS = ['Progress', 'Problems', 'Recommendations'] as const;
export type NarrativeTag = (typeof NARRATIVE_TAGS)[number];

/** The UI-string key of a part's heading (part 6 differs: next steps at mid-term, lessons at the end). */
export function partTitleKey(kind: ReportKind, id: PartId): string {
  return id === 'recommendations' ? `report.part.recommendations.${kind}` : `report.part.${id}`;
}

export interface NarrativePart {
  tag: NarrativeTag;
  /** The part's text as written, without the placeholder comments; empty when still to be written. */
  text: string;
}

/** MDX comments ({/* … *\/}), where the scaffold puts its placeholder; they never show. */
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/**
 * Splits a report's MDX body into its three narrative parts. Returns the parts and the problems
 * (missing, repeated or out-of-order parts, text outside any part), each naming `file`.
 */
export function parseNarrative(
  body: string,
  file: string,
): { parts: NarrativePart[]; problems: string[] } {
  const problems: string[] = [];
  const found: { tag: NarrativeTag; line: number; text: string }[] = [];
  const lines = body.split('\n');
  let open: { tag: NarrativeTag; line: number; text: string[] } | undefined;
  const outside: number[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const start = /^<([A-Z][A-Za-z]*)>$/.exec(line);
    const end = /^<\/([A-Z][A-Za-z]*)>$/.exec(line);
    if (start && (NARRATIVE_TAGS as readonly string[]).includes(start[1]!)) {
      if (open)
        problems.push(
          `${file}: line ${i + 1}: <${start[1]}> starts inside <${open.tag}> (close it with </${open.tag}> first)`,
        );
      open = { tag: start[1] as NarrativeTag, line: i + 1, text: [] };
    } else if (end && open && end[1] === open.tag) {
      found.push({
        tag: open.tag,
        line: open.line,
        text: open.text.join('\n').replace(COMMENT, '').trim(),
      });
      open = undefined;
    } else if (open) {
      open.text.push(raw);
    } else if (line.replace(COMMENT, '').trim() !== '' && !/^import\s/.test(line)) {
      outside.push(i + 1);
    }
  });
  if (open)
    problems.push(`${file}: line ${open.line}: <${open.tag}> is never closed (add </${open.tag}>)`);
  if (outside.length > 0)
    problems.push(
      `${file}: line ${outside.join(', ')}: text outside <${NARRATIVE_TAGS.join('>, <')}> would not be shown; move it into one of them`,
    );
  for (const tag of NARRATIVE_TAGS) {
    const n = found.filter((f) => f.tag === tag).length;
    if (n === 0)
      problems.push(
        `${file}: part <${tag}> is missing (npm run report:new writes all three: <${NARRATIVE_TAGS.join('>, <')}>)`,
      );
    if (n > 1) problems.push(`${file}: part <${tag}> appears ${n} times; write it once`);
  }
  const order = found.map((f) => f.tag).filter((t, i, all) => all.indexOf(t) === i);
  const expected = NARRATIVE_TAGS.filter((t) => order.includes(t));
  if (order.join() !== expected.join())
    problems.push(`${file}: the parts must come in the order <${NARRATIVE_TAGS.join('>, <')}>`);
  const parts = NARRATIVE_TAGS.map((tag) => ({
    tag,
    text: found.find((f) => f.tag === tag)?.text ?? '',
  }));
  return { parts, problems };
}

/** The scaffolded narrative: each part with a clearly marked placeholder that never shows on the page. */
export function narrativeScaffold(lang: 'zh' | 'en', kind: ReportKind): string {
  const names =
    lang === 'zh'
      ? {
          Progress: '总体进展(生态环境局的文字)',
          Problems: '存在的主要问题',
          Recommendations: kind === 'midterm' ? '下一步工作建议' : '经验与对“十五五”的建议',
        }
      : {
          Progress: 'overall progress (the bureau’s own text)',
          Problems: 'main problems',
          Recommendations:
            kind === 'midterm'
              ? 'next steps'
              : 'lessons and recommendations for the 15th Five-Year Plan',
        };
  const note = (tag: NarrativeTag) =>
    lang === 'zh'
      ? `{/* 待填写:${names[tag]}。在此写正文,然后删除本行;留空时页面显示“待填写”。 */}`
      : `{/* TO BE WRITTEN: ${names[tag]}. Write the text here, then delete this line; while empty the page shows "to be written". */}`;
  return NARRATIVE_TAGS.map((tag) => `<${tag}>\n\n${note(tag)}\n\n</${tag}>\n`).join('\n');
}
