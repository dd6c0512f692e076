// Rules on the market's figures, input and computed: each must be a number
// the report can print, and the figures published elsewhere must agree with
// the computed series within 1 %. They need a market block that passes the
// schema and years that line up, so they run only then (the other rules
// report what is wrong with those).
//
// Why "printable": the schema only asks values to be positive. A history of
// 1e308 projects to Infinity and the build crashes far from the cause; 1e300
// prints as 300-digit numbers that burst every table; 3e-12 prints as 0.00
// everywhere, and so does a forecast or a low case that shrinks for long
// enough. Each is reported at the input that causes it. "Prints as zero" is
// the Formatter's own rounding under the display policy the base-year value
// sets, so the rule says exactly what the report would print. Segment growth
// rates are checked from the same printable market (segment-growth.ts).
import { buildMarket, displayPolicy } from '../forecast/index.js';
import { checkPublished, projectMarket, projectScenario } from '../forecast/market.js';
import { printedPercent, printedValue } from '../format/rounding.js';
import { messages } from '../messages.js';
import type { DisplayPolicy } from '../types.js';
import type { PathSegment } from './json-path.js';
import { int, isObj } from './raw-json.js';
import { marketSchema } from './schema.js';
import { checkSegmentGrowth } from './segment-growth.js';

export interface FigureContext {
  error(path: readonly PathSegment[], message: string): void;
  warn(path: readonly PathSegment[], message: string): void;
}

/** Figures are printed in full, rounded to at most two decimals: past 15 digits a double no longer holds them exactly. */
export const MAX_FIGURE = 1e15;

const PUBLISHED_TOLERANCE = 0.01;
const WEAK_TREND_R2 = 0.8;

const printable = (v: number) => v < MAX_FIGURE; // false for NaN and Infinity too

export function checkMarketFigures(raw: Record<string, unknown>, ctx: FigureContext): void {
  checkOtherFigures(raw, ctx);
  const market = marketSchema.safeParse(raw.market);
  const { baseYear, forecastTo } = raw;
  if (!market.success || !int(baseYear) || !int(forecastTo) || forecastTo <= baseYear || forecastTo > baseYear + 20) return;
  // A gap in history is reported by historyYears; the projection only needs
  // ascending years that end at baseYear, so the check still runs.
  const { history, forecast, scenarios, published } = market.data;
  const years = history.map((p) => p.year);
  const ascending = years.every((y, i) => i === 0 || y > years[i - 1]!);
  if (!ascending || years[years.length - 1] !== baseYear) return;
  if ((forecast.method === 'cagr') !== (forecast.cagr !== undefined)) return;
  const unitLabel = unitLabelOf(raw);

  // 1. The history as given: every value printable, none rounding away to zero.
  const base = history[history.length - 1]!.value;
  const display = displayPolicy(base);
  const { valueDecimals } = display;
  const printsAsZero = (v: number) => printedValue(v, display) === 0;
  let usable = true;
  history.forEach((p, i) => {
    if (!printable(p.value)) ctx.error(['market', 'history', i, 'value'], messages.figureTooLarge(p.value, unitLabel, MAX_FIGURE));
    else if (printsAsZero(p.value)) ctx.error(['market', 'history', i, 'value'], messages.figureTooSmall(p.value, unitLabel, valueDecimals));
    else return;
    usable = false;
  });
  if (!usable) return;
  checkSmallFigures(raw, display, ctx);

  // 2. The projection: the rate (given, or fitted to history) must not carry it past what prints.
  const projection = projectMarket({ baseYear, forecastTo, market: market.data });
  const { trend, rate, series } = projection;
  const over = series.find((p) => !printable(p.value));
  if (over) {
    if (trend) ctx.error(['market', 'history'], messages.trendProjectsTooLarge(rate, over.value, over.year, unitLabel, MAX_FIGURE));
    else ctx.error(['market', 'forecast', 'cagr'], messages.cagrProjectsTooLarge(base, over.value, over.year, unitLabel, MAX_FIGURE));
    return;
  }
  const zero = printedZero(raw, valueDecimals);
  const vanished = series.find((p) => printsAsZero(p.value));
  if (vanished) {
    // The low case shrinks faster still: reporting it too would only repeat this.
    if (trend) ctx.error(['market', 'history'], messages.trendProjectsZero(rate, zero, vanished.year, valueDecimals));
    else ctx.error(['market', 'forecast', 'cagr'], messages.cagrProjectsZero(base, rate, zero, vanished.year, valueDecimals));
    return;
  }
  if (trend && trend.r2 < WEAK_TREND_R2) ctx.warn(['market', 'forecast', 'method'], messages.weakTrend(trend.r2));

  // 3. The scenarios grow the same base at the base rate plus their own.
  if (scenarios && rate + scenarios.low <= -1) {
    ctx.error(['market', 'scenarios', 'low'], messages.scenarioCollapse(rate + scenarios.low));
  } else if (scenarios) {
    for (const name of ['low', 'high'] as const) {
      const scenario = projectScenario(name, base, rate + scenarios[name], baseYear, forecastTo);
      const beyond = scenario.series.find((p) => !printable(p.value));
      const gone = scenario.series.find((p) => printsAsZero(p.value));
      if (beyond) ctx.error(['market', 'scenarios', name], messages.scenarioProjectsTooLarge(name, beyond.value, beyond.year, unitLabel, MAX_FIGURE));
      else if (gone) ctx.error(['market', 'scenarios', name], messages.scenarioProjectsZero(name, rate + scenarios[name], zero, gone.year, valueDecimals));
    }
  }

  // 4. Figures published elsewhere.
  const first = series[0]!.year;
  checkPublished(series, published ?? []).forEach((p, i) => {
    if (Number.isNaN(p.computed) && p.year >= first && p.year <= forecastTo) return; // a missing history year, reported above
    if (p.year < first || p.year > forecastTo) ctx.error(['market', 'published', i, 'year'], messages.publishedOutOfRange(p.year, first, forecastTo));
    else if (Math.abs(p.deviation) > PUBLISHED_TOLERANCE) {
      ctx.error(['market', 'published', i, 'value'], messages.publishedOff(p.value, p.year, p.computed, p.deviation, p.source));
    }
  });

  // 5. The segments grow from this market, which prints: the rates the report would show for them.
  // Scenarios are left out; they do not move the segments, and a collapsing low case cannot be projected.
  const { scenarios: _scenarios, ...baseCase } = market.data;
  checkSegmentGrowth(raw, buildMarket({ baseYear, forecastTo, market: baseCase }), display, ctx);
}

/** Company revenues and regional figures are printed in tables too. */
function checkOtherFigures(raw: Record<string, unknown>, ctx: FigureContext): void {
  const unitLabel = unitLabelOf(raw);
  const tooLarge = (v: unknown) => typeof v === 'number' && !printable(v);
  if (Array.isArray(raw.companies)) {
    raw.companies.forEach((c, i) => {
      if (isObj(c) && tooLarge(c.revenue)) ctx.error(['companies', i, 'revenue'], messages.figureTooLarge(c.revenue as number, unitLabel, MAX_FIGURE));
    });
  }
  const regional = raw.regionalData;
  if (!isObj(regional)) return;
  for (const block of ['production', 'consumption', 'averagePrice'] as const) {
    const byName = regional[block];
    if (!isObj(byName)) continue;
    for (const [name, series] of Object.entries(byName)) {
      if (!Array.isArray(series)) continue;
      series.forEach((p, k) => {
        if (isObj(p) && tooLarge(p.value)) {
          const label = block === 'averagePrice' ? `${typeof raw.currency === 'string' ? `${raw.currency} ` : ''}per unit` : unitLabel;
          ctx.error(['regionalData', block, name, k, 'value'], messages.figureTooLarge(p.value as number, label, MAX_FIGURE));
        }
      });
    }
  }
}

/**
 * Input figures printed as they are, under the market's display policy: a
 * company's revenue, and the shares of companies and segments. A value derived
 * from a share is not checked: a 0.6 % company in a USD 0.4 billion market is
 * worth USD 0.0024 billion, a true figure (the generated catalogue has such
 * markets) that the report's rounding hides; that is for the renderers.
 */
function checkSmallFigures(raw: Record<string, unknown>, display: DisplayPolicy, ctx: FigureContext): void {
  const unitLabel = unitLabelOf(raw);
  const positive = (v: unknown): v is number => typeof v === 'number' && v > 0 && printable(v);
  const zeroShare = (v: unknown): v is number => positive(v) && printedPercent(v, display) === 0;
  const zeroPercent = `${(0).toFixed(display.percentDecimals)}%`;
  if (Array.isArray(raw.companies)) {
    raw.companies.forEach((c, i) => {
      if (!isObj(c)) return;
      if (positive(c.revenue) && printedValue(c.revenue, display) === 0) {
        ctx.error(['companies', i, 'revenue'], messages.figureTooSmall(c.revenue, unitLabel, display.valueDecimals));
      }
      if (zeroShare(c.share)) ctx.error(['companies', i, 'share'], messages.companyShareTooSmall(c.share, zeroPercent, display.percentDecimals));
    });
  }
  if (!Array.isArray(raw.segmentations)) return;
  raw.segmentations.forEach((seg, i) => {
    if (!isObj(seg) || !Array.isArray(seg.segments)) return;
    seg.segments.forEach((s, k) => {
      if (isObj(s) && zeroShare(s.share)) {
        ctx.error(['segmentations', i, 'segments', k, 'share'], messages.segmentShareTooSmall(s.share, zeroPercent, display.percentDecimals));
      }
    });
  });
}

/** "USD 0.00 billion": zero as the report would print it in this market. */
function printedZero(raw: Record<string, unknown>, decimals: number): string {
  return [raw.currency, (0).toFixed(decimals), raw.unit].filter((s): s is string => typeof s === 'string').join(' ');
}

/** "USD billion", as far as the dataset says it. */
export function unitLabelOf(raw: Record<string, unknown>): string {
  return [raw.currency, raw.unit].filter((s): s is string => typeof s === 'string').join(' ');
}
