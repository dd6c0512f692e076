// The years of one { year, value }[] series that a table cannot print: a year
// outside the span its rows cover, or a year given twice (a table keeps the
// first). Regional production and consumption (history years) and average
// prices (the report's years) each check their series with it.
import { arr, int, isObj } from './raw-json.js';

export type YearProblem = { readonly kind: 'outside'; readonly year: number } | { readonly kind: 'twice'; readonly year: number; readonly first: number };

/** Calls `report` with the index and problem of each such year, in series order; malformed points are the schema's to report. */
export function eachYearProblem(series: unknown, first: number, last: number, report: (index: number, problem: YearProblem) => void): void {
  const seen = new Map<number, number>();
  arr(series).forEach((p, k) => {
    const year = isObj(p) ? p.year : undefined;
    if (!int(year)) return;
    const before = seen.get(year);
    if (year < first || year > last) report(k, { kind: 'outside', year });
    else if (before !== undefined) report(k, { kind: 'twice', year, first: before });
    else seen.set(year, k);
  });
}
