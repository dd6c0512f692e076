// Segment series. Each segment starts at share x market in baseYear and grows
// at its own rate; then, year by year, the segments are scaled by one common
// factor so that they sum to the market total. The common factor keeps their
// relative sizes, so a faster segment still gains share.
//
// Before baseYear the dataset gives no split, so history years keep the
// base-year shares of the actual totals. (Back-casting with each segment's
// forecast rate would invent a history from the forecast, and would let the
// free sample's history tables and charts reveal the held-back growth ranking.)
import type { YearValue } from '../types.js';

export interface SegmentGrowth {
  readonly share: number;
  readonly rate: number;
}

/**
 * Returns one reconciled series per segment, over the years of `total`.
 * `baseYear` must be one of those years. Shares need not sum to exactly 1:
 * reconciliation in baseYear normalises them.
 */
export function reconcileToTotal(
  segments: readonly SegmentGrowth[],
  total: readonly YearValue[],
  baseYear: number,
): YearValue[][] {
  const out: YearValue[][] = segments.map(() => []);
  for (const point of total) {
    const t = point.year - baseYear;
    const raw = segments.map((s) => s.share * Math.pow(1 + s.rate, Math.max(0, t)));
    const rawSum = raw.reduce((a, b) => a + b, 0);
    raw.forEach((r, i) => out[i]!.push({ year: point.year, value: (r / rawSum) * point.value }));
  }
  return out;
}
