/**
 * report:import for the narrative: a .docx becomes content/reports/<id>/<lang>.md, checked like
 * any report text, written all or nothing (a temporary file renamed over the old one).
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseYaml } from '../../src/lib/core/records.ts';
import { readText } from '../../src/lib/core/text-file.ts';
import { docxNarrative } from '../../src/lib/staff/docx-narrative.ts';
import { describeProblem, parseNarrative } from '../../src/lib/staff/report-narrative.ts';
import { reportParts, type ReportKind } from '../../src/lib/reports/report-outline.ts';
import { partTitles } from '../../src/loaders/part-titles.ts';
import { planIndex } from '../../src/loaders/plan-index.ts';
import { REPORT_TEXTS } from '../../src/loaders/reports-loader.ts';
import { readDocx } from './docx.ts';

/** Imports `file` as the report's text in `lang`: the lines to print, or the problems (nothing written). */
export async function importNarrative(
  root: string,
  report: string,
  file: string,
  lang: Locale,
): Promise<{ problems: string[] } | { lines: string[] }> {
  const folder = `content/reports/${report}`;
  const kind = (
    parseYaml(`${folder}/report.yml`, readText(join(root, folder, 'report.yml'))) as {
      kind: ReportKind;
    }
  ).kind;
  const titles = partTitles(root, kind, lang);

  const { html, problems } = await readDocx(file);
  if (!html) return { problems };
  const converted = docxNarrative(html, lang, kind, titles);
  problems.push(...converted.problems.map((p) => `${basename(file)}：${p}`));
  // The Markdown it makes is checked as any report text is (links, references, the allowlist).
  const target = `${folder}/${REPORT_TEXTS[lang]}`;
  const { refs } = planIndex(root);
  const checked = parseNarrative(converted.markdown, refs, kind);
  problems.push(
    ...checked.problems.map((p) => describeProblem(`${basename(file)} → ${target}`, p)),
  );
  if (problems.length > 0) return { problems };

  const path = join(root, target);
  writeFileSync(`${path}.tmp`, converted.markdown);
  renameSync(`${path}.tmp`, path);
  const lines = [
    `report:import: ${basename(file)} 已导入 ${target} / imported into ${target}`,
    ...reportParts(kind).map((p, i) => {
      const n = converted.placed.get(p.id)!;
      return `  ${titles[i]}：${n.paragraphs} 段${n.tables ? `，${n.tables} 个表格` : ''}`;
    }),
  ];
  if (converted.before.length > 0)
    lines.push(
      `  未导入（位于第一部分之前，如标题、编制单位、日期）：${converted.before.map((t) => `“${t.slice(0, 30)}”`).join('、')}`,
    );
  lines.push(
    '下一步：npm run check，再用 npm run dev 预览 / Next: npm run check, then npm run dev to preview.',
  );
  return { lines };
}
