/**
 * Reading one or two cells of a report spreadsheet row as a values.yml field: text, a date, a
 * figure, a choice from a drop-down, a Chinese/English pair, a source. Each reader adds a problem
 * in words staff know instead of guessing. Pure.
 */
import type { Bilingual } from '../../schemas/plan-data.ts';
import { parseFigure, type CellProblem } from './sheet-values.ts';
import type { Cell } from './sheet-words.ts';

export type Source = { title: string; url?: string };

export const text = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

/** A date cell as YYYY, YYYY-MM or YYYY-MM-DD (a spreadsheet may have turned "2023-06" into a date). */
export function dateText(c: Cell): string {
  if (c instanceof Date) {
    const d = c.toISOString().slice(0, 10);
    return d.endsWith('-01') ? d.slice(0, 7) : d;
  }
  return text(c);
}

/** Two cells that say the same thing in Chinese and English: both or neither. */
export function pairCells(
  cells: Record<string, Cell>,
  zhCol: string,
  enCol: string,
  problems: CellProblem[],
): Bilingual | undefined {
  const [zh, en] = [text(cells[zhCol]), text(cells[enCol])];
  if (!zh && !en) return undefined;
  if (!zh)
    problems.push({
      column: zhCol,
      zh: `缺少中文(已填“${enCol}”)`,
      en: `Chinese is missing (${enCol} is filled in)`,
    });
  if (!en)
    problems.push({
      column: enCol,
      zh: `缺少英文(已填“${zhCol}”)`,
      en: `English is missing (${zhCol} is filled in)`,
    });
  return { zh, en };
}

/** A source's title and web address (an address alone is not a source). */
export function sourceCells(
  cells: Record<string, Cell>,
  titleCol: string,
  urlCol: string,
  problems: CellProblem[],
): Source | undefined {
  const [title, url] = [text(cells[titleCol]), text(cells[urlCol])];
  if (!title && !url) return undefined;
  if (!title)
    problems.push({
      column: titleCol,
      zh: '有网址但缺少来源名称',
      en: 'a source address needs the source title',
    });
  return url ? { title, url } : { title };
}

/** A figure, read as the spreadsheet displayed it (sheet-values.ts). */
export function numberCell(
  c: Cell,
  column: string,
  problems: CellProblem[],
  unit?: string,
): number | undefined {
  const read = parseFigure(typeof c === 'number' ? c : text(c), column, unit);
  if ('problem' in read) problems.push(read.problem);
  return 'value' in read ? read.value : undefined;
}

/** One of a drop-down's words (or the value it stands for, as values.yml writes it). */
export function choiceCell<T>(
  choices: Record<string, T>,
  c: Cell,
  column: string,
  problems: CellProblem[],
): T | undefined {
  const s = text(c);
  if (!s) return undefined;
  if (s in choices) return choices[s];
  const written = Object.values(choices).find((v) => typeof v === 'string' && v === s);
  if (written !== undefined) return written;
  problems.push({
    column,
    zh: `“${s}” 不是可选值(可选:${Object.keys(choices).join('、')})`,
    en: `"${s}" is not one of the choices (${Object.keys(choices).join(', ')})`,
  });
  return undefined;
}
