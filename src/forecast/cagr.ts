// Compound growth arithmetic. Pure functions on numbers; every growth figure
// in the Model goes through here.

/** Compound annual growth rate from `start` to `end` over `years` years. */
export function cagr(start: number, end: number, years: number): number {
  if (years <= 0) throw new RangeError(`cagr needs a positive number of years, got ${years}`);
  if (!(start > 0) || !(end > 0)) throw new RangeError(`cagr needs positive values, got ${start} and ${end}`);
  return Math.pow(end / start, 1 / years) - 1;
}

/** `value` grown at `rate` for `years` years. */
export function compound(value: number, rate: number, years: number): number {
  return value * Math.pow(1 + rate, years);
}

/** value(year) / value(year - 1) - 1 for each consecutive pair. */
export function yearOverYear(series: readonly { year: number; value: number }[]): { year: number; growth: number }[] {
  const out: { year: number; growth: number }[] = [];
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1]!;
    const cur = series[i]!;
    out.push({ year: cur.year, growth: cur.value / prev.value - 1 });
  }
  return out;
}

/** Inclusive list of years from..to. */
export function yearRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
