/** Open-data CSV: cells a spreadsheet would run as a formula are written as text; numbers stay numbers. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, dataPackage, toCsv, type Dataset } from '../../src/lib/open-data/open-data.ts';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","点击")', `'=HYPERLINK("https://evil.example","点击")`],
    ['+86 855 000', `'+86 855 000`],
    ['-2+3+cmd|calc', `'-2+3+cmd|calc`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('neutralises the text %j', (text, written) => {
    expect(csvCell(text, 'string')).toBe(written);
  });
  it('leaves ordinary text, numbers and empty cells as they are', () => {
    expect(csvCell('森林覆盖率 = 林地面积 / 国土面积', 'string')).toBe(
      '森林覆盖率 = 林地面积 / 国土面积',
    );
    expect(csvCell(-3.5, 'number')).toBe('-3.5');
    expect(csvCell(-2, 'integer')).toBe('-2');
    expect(csvCell(null, 'string')).toBe('');
  });
  it('writes a whole file with the cells neutralised and read back as text', () => {
    const dataset: Dataset = {
      name: 't',
      title: 't',
      description: 't',
      primaryKey: 'id',
      fields: [
        { name: 'id', type: 'string', description: '' },
        { name: 'source', type: 'string', description: '' },
        { name: 'value', type: 'number', description: '' },
      ],
      rows: [{ id: 'a', source: '=HYPERLINK("x")', value: -3.5 }],
    };
    const rows = parse(toCsv(dataset), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['id', 'source', 'value'],
      ['a', `'=HYPERLINK("x")`, '-3.5'],
    ]);
    const pkg = dataPackage([dataset], {
      title: 't',
      description: 't',
      source: 's',
      licence: { name: 'x', title: 'x' },
    });
    expect(pkg.resources[0]!.encoding).toBe('utf-8');
  });
});
