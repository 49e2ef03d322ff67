/** The target the province assigned, a field of the indicators sheet (src/lib/staff/report-fields.ts). Pure. */
import type { IndicatorValue } from '../../schemas/report.ts';
import type { Field } from './field-shape.ts';
import { choiceCell, numberCell, sourceCells, text } from './sheet-cells.ts';
import { COMPARATOR, H, wordFor } from './sheet-words.ts';

const ASSIGNED = [H.assignedComparator, H.assignedValue, H.assignedSource] as const;

/** The target the province assigned, for an indicator whose plan target is in words: all four cells or none. */
export const assignedTargetField: Field = {
  key: 'assignedTarget',
  sections: ['indicators'],
  columns: [
    { header: H.assignedComparator, width: 10, list: Object.keys(COMPARATOR) },
    { header: H.assignedValue, width: 10, numeric: true },
    { header: H.assignedSource, width: 24 },
    { header: H.assignedSourceUrl, width: 24 },
  ],
  paths: {
    assignedTarget: H.assignedValue,
    'assignedTarget.comparator': H.assignedComparator,
    'assignedTarget.value': H.assignedValue,
    'assignedTarget.source': H.assignedSource,
    'assignedTarget.source.title': H.assignedSource,
    'assignedTarget.source.url': H.assignedSourceUrl,
  },
  read(cells, problems, { unit }) {
    if (ASSIGNED.every((h) => text(cells[h]) === '')) return undefined;
    const comparator = choiceCell(
      COMPARATOR,
      cells[H.assignedComparator],
      H.assignedComparator,
      problems,
    );
    const value =
      text(cells[H.assignedValue]) === ''
        ? undefined
        : numberCell(cells[H.assignedValue], H.assignedValue, problems, unit);
    const source = sourceCells(cells, H.assignedSource, H.assignedSourceUrl, problems);
    for (const h of ASSIGNED)
      if (text(cells[h]) === '')
        problems.push({
          column: h,
          zh: '下达目标须同时填写比较符、目标值和来源',
          en: 'an assigned target needs its comparator, value and source',
        });
    return comparator && value !== undefined && source ? { comparator, value, source } : undefined;
  },
  write(v) {
    const t = v as IndicatorValue['assignedTarget'];
    return {
      [H.assignedComparator]: wordFor(COMPARATOR, t?.comparator),
      [H.assignedValue]: t?.value,
      [H.assignedSource]: t?.source.title,
      [H.assignedSourceUrl]: t?.source.url,
    };
  },
};
