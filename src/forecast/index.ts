// forecast: Dataset -> Model. Every number that any deliverable shows is
// computed here, exactly once; renderers only format what the Model holds.
// Pure: no I/O, no clock. Expects a dataset that passed validation.
import type {
  Dataset,
  DisplayPolicy,
  MarketModel,
  Model,
  RegionalSeries,
  SegmentationModel,
  SegmentModel,
  YearValue,
} from '../types.js';
import { cagr, yearOverYear, yearRange } from './cagr.js';
import { buildCompanies } from './companies.js';
import { checkPublished, projectMarket, projectScenario } from './market.js';
import { reconcileToTotal } from './segments.js';

export { cagr, compound, yearOverYear, yearRange } from './cagr.js';
export { fitTrend } from './trend.js';
export { projectMarket, forecastRate, checkPublished } from './market.js';
export { reconcileToTotal } from './segments.js';
export { tierOf, TIER_THRESHOLDS } from './companies.js';

export function buildModel(dataset: Dataset): Model {
  const market = buildMarket(dataset);
  const firstYear = market.series[0]!.year;
  const locale = dataset.locale ?? 'en-US';
  const display = displayPolicy(market.milestones.base.value);
  return {
    dataset,
    id: dataset.id,
    title: dataset.title,
    currency: dataset.currency,
    unit: dataset.unit,
    locale,
    publishedYear: Number(dataset.published.slice(0, 4)),
    firstYear,
    baseYear: dataset.baseYear,
    forecastTo: dataset.forecastTo,
    years: yearRange(firstYear, dataset.forecastTo),
    market,
    segmentations: dataset.segmentations.map((s) => buildSegmentation(s, market)),
    companies: buildCompanies(dataset.companies, market.milestones.base.value, display),
    ...(dataset.regionalData ? { regional: buildRegional(dataset.regionalData, regionOrder(dataset)) } : {}),
    display,
  };
}

function valueAt(series: readonly YearValue[], year: number): number {
  const point = series.find((p) => p.year === year);
  if (!point) throw new RangeError(`no value for ${year}`);
  return point.value;
}

export function buildMarket(dataset: Pick<Dataset, 'baseYear' | 'forecastTo' | 'market'>): MarketModel {
  const { series, rate, trend } = projectMarket(dataset);
  const { baseYear, forecastTo } = dataset;
  const first = series[0]!;
  const base = { year: baseYear, value: valueAt(series, baseYear) };
  const end = { year: forecastTo, value: valueAt(series, forecastTo) };
  const span = (from: YearValue, to: YearValue) => ({ from: from.year, to: to.year, cagr: cagr(from.value, to.value, to.year - from.year) });
  const published = checkPublished(series, dataset.market.published ?? []);
  const scenarios = dataset.market.scenarios
    ? {
        low: projectScenario('low', base.value, rate + dataset.market.scenarios.low, baseYear, forecastTo),
        high: projectScenario('high', base.value, rate + dataset.market.scenarios.high, baseYear, forecastTo),
      }
    : undefined;
  return {
    series,
    method: dataset.market.forecast.method,
    rate,
    ...(trend ? { trend } : {}),
    cagr: span(base, end).cagr,
    spans: {
      historical: span({ year: first.year, value: first.value }, base),
      forecast: span(base, end),
      full: span({ year: first.year, value: first.value }, end),
    },
    yoy: yearOverYear(series),
    milestones: { first: { year: first.year, value: first.value }, base, end },
    absoluteGrowth: end.value - base.value,
    ...(scenarios ? { scenarios } : {}),
    published,
  };
}

/** One segmentation's reconciled segments. Validation uses it too, to check the rates the report will print. */
export function buildSegmentation(seg: Dataset['segmentations'][number], market: MarketModel): SegmentationModel {
  const { base, end } = market.milestones;
  const reconciled = reconcileToTotal(
    seg.segments.map((s) => ({ share: s.share, rate: s.cagr ?? market.rate })),
    market.series,
    base.year,
  );
  const segments: SegmentModel[] = seg.segments.map((s, i) => {
    const series = reconciled[i]!;
    const shares = series.map((p, k) => ({ year: p.year, value: p.value / market.series[k]!.value }));
    const baseValue = valueAt(series, base.year);
    const endValue = valueAt(series, end.year);
    return {
      name: s.name,
      inputRate: s.cagr ?? market.rate,
      series,
      shares,
      baseShare: valueAt(shares, base.year),
      endShare: valueAt(shares, end.year),
      cagr: cagr(baseValue, endValue, end.year - base.year),
      absoluteGrowth: endValue - baseValue,
      countries: s.countries ?? [],
    };
  });
  // Ties go to the segment listed first, so the choice is stable.
  const largest = segments.reduce((a, b) => (b.baseShare > a.baseShare ? b : a));
  const fastest = segments.reduce((a, b) => (b.cagr > a.cagr + 1e-12 ? b : a));
  return { id: seg.id, title: seg.title, kind: seg.kind, segments, largest: largest.name, fastest: fastest.name };
}

/**
 * Regions in the order the region segmentation lists them, as its chapter
 * does. The keys of `regionalData.production` are no order to keep: a
 * JavaScript object puts integer-like keys ("1", "2030") first, whatever
 * the file says.
 */
function regionOrder(dataset: Dataset): readonly string[] {
  return dataset.segmentations.find((s) => s.kind === 'region')?.segments.map((s) => s.name) ?? [];
}

function buildRegional(data: NonNullable<Dataset['regionalData']>, order: readonly string[]): RegionalSeries[] {
  const listed = Object.keys(data.production).filter((r) => r in data.consumption);
  const rank = (region: string) => (order.includes(region) ? order.indexOf(region) : order.length);
  // A stable sort: regions the segmentation does not list keep the file's order, after the listed ones.
  const regions = [...listed].sort((a, b) => rank(a) - rank(b));
  return regions.map((region) => {
    const production = [...data.production[region]!].sort((a, b) => a.year - b.year);
    const consumption = [...data.consumption[region]!].sort((a, b) => a.year - b.year);
    const balance = production
      .filter((p) => consumption.some((c) => c.year === p.year))
      .map((p) => ({ year: p.year, value: p.value - valueAt(consumption, p.year) }));
    return { region, production, consumption, balance };
  });
}

/**
 * The one rounding policy. Money values keep at least three significant digits
 * at the market's scale (4.52 billion, 45.2 billion, 452 billion), capped at
 * two decimals; percentages show one decimal (9.8%).
 */
export function displayPolicy(baseValue: number): DisplayPolicy {
  const valueDecimals = baseValue < 10 ? 2 : baseValue < 100 ? 1 : 0;
  return { valueDecimals, percentDecimals: 1 };
}

/**
 * The Model as plain JSON for other tools (`market-report model`): every
 * number, unrounded, in the dataset's currency and unit. The input dataset is
 * left out; the numbers are what this output is for.
 */
export function modelToJson(model: Model): Record<string, unknown> {
  const { dataset: _dataset, ...numbers } = model;
  return { ...numbers, publisher: model.dataset.publisher.name, published: model.dataset.published };
}
