/** Geometry of horizontal stacked bars on a 0–100 scale, one bar per row of counts. Pure. */

export interface BarSegment {
  /** Which count (column) the segment shows, for its colour. */
  index: number;
  start: number;
  width: number;
}

/** Splits each row's total into segments proportional to its counts; empty counts get no segment. */
export function stackedBars(rows: number[][]): BarSegment[][] {
  return rows.map((counts) => {
    const total = counts.reduce((a, b) => a + b, 0);
    let start = 0;
    const segments: BarSegment[] = [];
    counts.forEach((count, index) => {
      if (count <= 0 || total === 0) return;
      const width = (count / total) * 100;
      segments.push({ index, start: round(start), width: round(width) });
      start += width;
    });
    return segments;
  });
}

const round = (x: number) => Math.round(x * 100) / 100;
