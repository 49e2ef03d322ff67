/**
 * Which PDF documents there are (scripts/build-pdf.ts prints them): the plan and each report in
 * the languages asked for, each with its cover and the built pages it is made of. Reads the
 * content (report.yml files, publication.yml, the interface strings) when called, so a build can
 * start the printer before the content check has passed.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pdfFile, type Lang, type PdfDocument } from '../../src/lib/publishing/pdf-compose.ts';
import { readReport, reportFolders } from '../../src/loaders/reports-loader.ts';
import { readUiStrings } from '../../src/loaders/ui-strings.ts';
import { siteUrls } from '../../src/lib/core/urls.ts';
import { CHAPTER_NUMBERS } from '../../src/lib/plan/plan-period.ts';

export interface DocumentChoice {
  languages: readonly Lang[];
  /** Whether documents of this kind are printed. */
  printsKind: (kind: PdfDocument['kind']) => boolean;
  /** Draft reports too (tests and previews), not only published ones. */
  drafts: boolean;
}

/** A document to print, with the title of its table of contents in its language. */
export type ListedDocument = PdfDocument & { tocTitle: string };

/** A page's folder in the built site, from the URL builders (no base: the built files sit at the root). */
const folderOf = (url: string) => url.replace(/^\//, '');

export function listDocuments({ languages, printsKind, drafts }: DocumentChoice): ListedDocument[] {
  // Each language's interface strings (a language being translated: its fallback's where it has none).
  const uiStrings = readUiStrings().strings;
  const publication = parse(readFileSync('content/plan/publication.yml', 'utf8')) as Record<
    string,
    string
  >;
  const documents: ListedDocument[] = [];
  for (const lang of printsKind('plan') ? languages : []) {
    const t = uiStrings[lang];
    documents.push({
      file: pdfFile('plan', lang),
      lang,
      kind: 'plan',
      tocTitle: t['pdf.contents']!,
      pages: CHAPTER_NUMBERS.map((n) => folderOf(siteUrls('/', lang).chapter(n))),
      cover: {
        title: t['site.title']!,
        lines: [
          `${t['record.indexNumber']}: ${publication['indexNumber'] || t['record.notGiven']}`,
          `${t['record.issuingBody']}: ${publication['issuingBody'] || t['record.notGiven']}`,
          `${t['record.datePublished']}: ${publication['datePublished']}`,
          t['record.source']!,
        ],
      },
    });
  }
  for (const name of printsKind('report') ? reportFolders() : []) {
    const { meta } = readReport('.', name) as {
      meta: {
        state: string;
        published: string | null;
        title: Record<Lang, string>;
        compiledBy?: Record<Lang, string> | null;
        compiledOn?: string | null;
      };
    };
    if (meta.state !== 'published' && !drafts) continue;
    for (const lang of languages) {
      const t = uiStrings[lang];
      documents.push({
        file: pdfFile('report', lang, name),
        lang,
        kind: 'report',
        tocTitle: t['pdf.contents']!,
        pages: [folderOf(siteUrls('/', lang).report(name))],
        cover: {
          title: meta.title[lang],
          lines: [
            `${t['report.compiledBy']}: ${meta.compiledBy?.[lang] ?? t['report.toBeGiven']}`,
            `${t['report.compiledOn']}: ${meta.compiledOn ?? t['report.toBeGiven']}`,
            meta.published ? `${t['reports.published']}: ${meta.published}` : t['reports.draft']!,
          ],
        },
      });
    }
  }
  return documents;
}
