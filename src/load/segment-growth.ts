// Segment growth as the report prints it. Segment series are reconciled every
// year to sum to the market total (forecast/segments.ts): one common factor
// scales them all. When the segments' own rates imply a market growing faster
// or slower than the market's forecast, that factor moves every segment's
// printed CAGR away from the rate the dataset gives it, by about the same
// gap: a segment given +1.5 % a year prints as shrinking. The check runs the
// forecast stage's own segment computation, so it says exactly what the report
// would print, and compares the rates as printed (one decimal by default).
//
// What the rates must satisfy: reconciliation normalises the base-year shares
// w and, over the T forecast years, a segment given r ends at
// w (1 + r)^T / Σ w (1 + r)^T of the market's last-year value E. It prints
// its own rate exactly when Σ w (1 + r)^T = E / B (B the base-year value):
// compounded and weighted by their base-year shares, the rates must reach
// the market's last-year value. A share-weighted average of the rates that
// equals the market's rate falls short of that when the rates differ, since
// growth compounds.
import { buildSegmentation } from '../forecast/index.js';
import { printedPercent } from '../format/rounding.js';
import { messages } from '../messages.js';
import type { DisplayPolicy, MarketModel, SegmentModel } from '../types.js';
import { unitLabelOf, type FigureContext } from './figures.js';
import { formatPath } from './json-path.js';
import { segmentationSchema } from './schema.js';

/** How far a segment's printed CAGR may drift from the rate it was given, both as printed, in rate units (1 percentage point). */
export const SEGMENT_RATE_TOLERANCE = 0.01;
/** The rates the data contract accepts (schema.ts growthRate), exclusive: a suggested rate must be one of them. */
const RATE_RANGE = { min: -0.5, max: 1 } as const;

/**
 * Checks every segmentation that passes the schema. `market` is the market the
 * report is built from; it must already be known printable (figures.ts checks
 * that first), so no segment series can vanish or overflow.
 *
 * A segmentation with drifting segments gets one error at the segmentation
 * that explains why and what would fix it, then one short error per drifting
 * segment, at its rate (or at the segment when it has none), so that an editor
 * can jump to each.
 */
export function checkSegmentGrowth(raw: Record<string, unknown>, market: MarketModel, display: DisplayPolicy, ctx: FigureContext): void {
  if (!Array.isArray(raw.segmentations)) return;
  const { base, end } = market.milestones;
  const rate = (r: number) => `${(printedPercent(r, display) * 100).toFixed(display.percentDecimals)}%`;
  raw.segmentations.forEach((json, i) => {
    const seg = segmentationSchema.safeParse(json);
    // A share that prints as 0.0 % is reported on its own (figures.ts), and is the one input that could underflow here.
    if (!seg.success || seg.data.segments.some((s) => printedPercent(s.share, display) === 0)) return;
    const { segments } = buildSegmentation(seg.data, market);
    const drifting = segments.flatMap((s, k) => (drifts(s, display) ? [k] : []));
    if (drifting.length === 0) return;
    const own = seg.data.segments.map((s) => s.cagr !== undefined);
    const years = end.year - base.year;
    const shareSum = seg.data.segments.reduce((sum, s) => sum + s.share, 0);
    const growth = segments.map((s, k) => (seg.data.segments[k]!.share / shareSum) * (1 + s.inputRate) ** years);
    const reached = base.value * growth.reduce((a, b) => a + b, 0);
    const fix = own.every(Boolean)
      ? commonShift(segments.map((s, k) => ({ weight: seg.data.segments[k]!.share / shareSum, rate: s.inputRate })), end.value / base.value, years)
      : rateForTheRest(growth.filter((_, k) => own[k]), seg.data.segments.filter((_, k) => !own[k]).reduce((sum, s) => sum + s.share / shareSum, 0), end.value / base.value, years);
    ctx.error(
      ['segmentations', i],
      messages.segmentRatesReconciled({
        drifting: drifting.length,
        from: base.year,
        to: end.year,
        base: base.value,
        reached,
        reachedRate: rate((reached / base.value) ** (1 / years) - 1),
        target: end.value,
        marketRate: rate(market.cagr),
        trend: market.method === 'trend',
        unitLabel: unitLabelOf(raw),
        fix: fix === undefined ? undefined : (own.every(Boolean) ? { shift: fix } : { rest: fix, restRate: rate(fix) }),
      }),
    );
    const where = formatPath(['segmentations', i]);
    for (const k of drifting) {
      const s = segments[k]!;
      const message = messages.segmentRateReconciled(own[k]!, rate(s.inputRate), rate(s.cagr), base.year, end.year, market.method === 'trend', where);
      ctx.error(own[k] ? ['segmentations', i, 'segments', k, 'cagr'] : ['segmentations', i, 'segments', k], message);
    }
  });
}

/** More than the tolerance away from the rate given, both as printed, or growth printed as decline (or the reverse). */
function drifts(s: SegmentModel, display: DisplayPolicy): boolean {
  const given = printedPercent(s.inputRate, display);
  const printed = printedPercent(s.cagr, display);
  // The epsilon keeps a gap of exactly one printed point (15.0 % given, 14.0 % printed) from failing on float noise.
  return Math.abs(printed - given) > SEGMENT_RATE_TOLERANCE + 1e-9 || Math.sign(given) * Math.sign(printed) < 0;
}

/**
 * The one rate that segments without a rate of their own (`restWeight` of the
 * base-year shares together) would need for the given rates, whose compounded
 * weighted growth is `given`, to print as given: `multiple` is the market's
 * last-year value over its base-year value. Undefined when no rate the data
 * contract accepts would do.
 */
function rateForTheRest(given: readonly number[], restWeight: number, multiple: number, years: number): number | undefined {
  const needed = (multiple - given.reduce((a, b) => a + b, 0)) / restWeight;
  if (!(needed > 0)) return undefined;
  return suggestable(needed ** (1 / years) - 1, 0, 0);
}

/**
 * The change that, added to every rate, makes them reach `multiple` (all
 * segments have their own rate): found by bisection, as the weighted compounded
 * growth rises with it. Undefined when it would take a rate outside the
 * contract's range.
 */
function commonShift(segments: readonly { weight: number; rate: number }[], multiple: number, years: number): number | undefined {
  const reached = (shift: number) => segments.reduce((sum, s) => sum + s.weight * (1 + s.rate + shift) ** years, 0);
  const lowest = Math.min(...segments.map((s) => s.rate));
  const highest = Math.max(...segments.map((s) => s.rate));
  let lo = RATE_RANGE.min - lowest;
  let hi = RATE_RANGE.max - highest;
  if (!(reached(lo) < multiple && reached(hi) > multiple)) return undefined;
  for (let n = 0; n < 200 && hi - lo > 1e-15; n++) {
    const mid = (lo + hi) / 2;
    if (reached(mid) < multiple) lo = mid;
    else hi = mid;
  }
  return suggestable((lo + hi) / 2, lowest, highest);
}

/** `x` rounded to four decimals (0.0001, a hundredth of a point) as the message gives it, if the rates it makes stay inside the contract's range. */
function suggestable(x: number, lowest: number, highest: number): number | undefined {
  const rounded = Math.round(x * 1e4) / 1e4;
  return lowest + rounded > RATE_RANGE.min && highest + rounded < RATE_RANGE.max ? rounded : undefined;
}
