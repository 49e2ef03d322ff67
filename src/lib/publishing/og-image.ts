/**
 * Preview images for sharing (OpenGraph / Twitter cards): which image a page uses, and the SVG
 * drawn for it (rendered to PNG at build time, src/pages/og/[image].png.ts). Pure.
 */

import { defaultLocale } from '../../i18n/locales.ts';
import { parsePage } from '../core/urls.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The image a page shares, from its path: one per chapter (its parallel view too), per report, the home page, and one for every other page. */
export function ogImageKey(base: string, pathname: string): string {
  const page = parsePage(base, pathname);
  if (!page) return `${defaultLocale}-page`;
  if (page.kind === 'home') return `${page.lang}-home`;
  if (page.kind === 'chapter' || page.kind === 'parallel')
    return `${page.lang}-chapter-${page.chapter}`;
  if (page.kind === 'report') return `${page.lang}-report-${page.id}`;
  return `${page.lang}-page`;
}

/** Width of a string in em, roughly: Han characters and full-width punctuation are 1 em, Latin about 0.55 em. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/u.test(ch)
      ? 1
      : /[A-Z]/.test(ch)
        ? 0.64
        : 0.52;
  return w;
}

/** Breaks text into at most `maxLines` lines of at most `maxEm` em (Latin at spaces, Chinese anywhere); an ellipsis marks a cut. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const tokens = text.match(/[A-Za-z0-9’'.,:;()\-–—/&]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (textWidth(line + token.trimEnd()) > maxEm && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (textWidth(`${last}…`) > maxEm && last.length > 0) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface OgCard {
  /** Small line at the top: the kind of page ("第五章", "Evaluation report"). */
  kicker: string;
  /** The page's title, large. */
  title: string;
  /** The site's title, at the bottom. */
  site: string;
  /** Date or other short line under the site title. */
  footer: string;
  /** Font family to draw with (a face in the font files given to the renderer). */
  fontFamily: string;
}

/** The SVG of a preview card: a green band, the kicker, the title on up to three lines, the site at the bottom. */
export function ogSvg(card: OgCard): string {
  const titleSize = 60;
  const lines = wrapText(card.title, (OG_WIDTH - 160) / titleSize, 4);
  const siteLines = wrapText(card.site, (OG_WIDTH - 160) / 30, 2);
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escape(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escape(card.fontFamily)}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="24" height="${OG_HEIGHT}" fill="#0b6b3a"/>`,
    `<rect x="24" y="${OG_HEIGHT - 150}" width="${OG_WIDTH - 24}" height="150" fill="#f1f7f3"/>`,
    text(80, 110, 36, 700, '#0b6b3a', card.kicker),
    ...lines.map((l, i) => text(80, 200 + i * 76, titleSize, 700, '#1b1f23', l)),
    ...siteLines.map((l, i) => text(80, OG_HEIGHT - 100 + i * 38, 30, 400, '#1b1f23', l)),
    text(80, OG_HEIGHT - 100 + siteLines.length * 38, 26, 400, '#4a5560', card.footer),
    '</svg>',
  ].join('');
}
