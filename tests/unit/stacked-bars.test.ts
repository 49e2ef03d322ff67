import { describe, expect, it } from 'vitest';
import { stackedBars } from '../../src/lib/reports/stacked-bars.ts';

describe('stackedBars', () => {
  it('splits a row into consecutive segments proportional to its counts', () => {
    expect(stackedBars([[1, 1, 2, 0]])).toEqual([
      [
        { index: 0, start: 0, width: 25 },
        { index: 1, start: 25, width: 25 },
        { index: 2, start: 50, width: 50 },
      ],
    ]);
  });
  it('draws nothing for an empty row, and a full bar for a single class', () => {
    expect(
      stackedBars([
        [0, 0],
        [0, 18],
      ]),
    ).toEqual([[], [{ index: 1, start: 0, width: 100 }]]);
  });
});
