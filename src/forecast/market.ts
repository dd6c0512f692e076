// The market total: actual history up to baseYear, then a projection to
// forecastTo by the dataset's method. Also used by validation (published
// figures are checked against this series), so it takes only the fields it
// needs and never assumes the rest of the dataset is valid.
import type { Dataset, MarketPoint, PublishedCheck, ScenarioSeries, TrendFit, YearValue } from '../types.js';
import { cagr, compound, yearRange } from './cagr.js';
import { fitTrend } from './trend.js';

export type MarketInput = Pick<Dataset, 'baseYear' | 'forecastTo' | 'market'>;

export interface MarketProjection {
  readonly series: readonly MarketPoint[];
  readonly rate: number;
  readonly trend?: TrendFit;
}

/** The annual rate applied after baseYear, and the trend fit when the method is "trend". */
export function forecastRate(input: MarketInput): { rate: number; trend?: TrendFit } {
  const { forecast, history } = input.market;
  if (forecast.method === 'trend') {
    const trend = fitTrend(history);
    return { rate: trend.rate, trend };
  }
  if (forecast.cagr === undefined) throw new Error('forecast.cagr is required for the cagr method (validation should have caught this)');
  return { rate: forecast.cagr };
}

export function projectMarket(input: MarketInput): MarketProjection {
  const { rate, trend } = forecastRate(input);
  const history = [...input.market.history].sort((a, b) => a.year - b.year);
  const base = history[history.length - 1]!;
  const series: MarketPoint[] = history.map((p) => ({ year: p.year, value: p.value, actual: true }));
  for (const year of yearRange(input.baseYear + 1, input.forecastTo)) {
    series.push({ year, value: compound(base.value, rate, year - input.baseYear), actual: false });
  }
  return trend ? { series, rate, trend } : { series, rate };
}

/** Low and high cases: the base-year value grown at the base rate plus the dataset's adjustment. */
export function projectScenario(
  name: 'low' | 'high',
  baseValue: number,
  rate: number,
  baseYear: number,
  forecastTo: number,
): ScenarioSeries {
  const series: YearValue[] = yearRange(baseYear, forecastTo).map((year) => ({
    year,
    value: compound(baseValue, rate, year - baseYear),
  }));
  return { name, rate, series, cagr: cagr(series[0]!.value, series[series.length - 1]!.value, forecastTo - baseYear) };
}

/** Compares figures published elsewhere with the computed series (NaN where the series has no such year). */
export function checkPublished(
  series: readonly YearValue[],
  published: NonNullable<Dataset['market']['published']>,
): PublishedCheck[] {
  return published.map((p) => {
    const computed = series.find((s) => s.year === p.year)?.value ?? Number.NaN;
    return { year: p.year, value: p.value, source: p.source, computed, deviation: computed / p.value - 1 };
  });
}
