// Segment growth as the report prints it. Segment series are reconciled every
// year to sum to the market total (forecast/segments.ts): one common factor
// scales them all. When the segments' own rates, weighted by their shares,
// imply a market growing faster or slower than the market's forecast, that
// factor moves every segment's printed CAGR away from the rate the dataset
// gives it, by about the same gap: a segment given +1.5 % a year prints as
// shrinking. The check runs the forecast stage's own segment computation, so
// it says exactly what the report would print.
//
// The implied market growth is read back from the reconciled figures rather
// than recomputed: a segment given rate r that prints c in a market growing
// m a year was scaled by (1 + m) / (1 + implied), so
// 1 + implied = (1 + r)(1 + m) / (1 + c), the same for every segment.
import { buildSegmentation } from '../forecast/index.js';
import { printedPercent } from '../format/rounding.js';
import { messages } from '../messages.js';
import type { DisplayPolicy, MarketModel, SegmentModel } from '../types.js';
import type { FigureContext } from './figures.js';
import { segmentationSchema } from './schema.js';

/** How far a segment's printed CAGR may drift from the rate it was given, in rate units (1 percentage point). */
export const SEGMENT_RATE_TOLERANCE = 0.01;

/**
 * Checks every segmentation that passes the schema. `market` is the market the
 * report is built from; it must already be known printable (figures.ts checks
 * that first), so no segment series can vanish or overflow.
 */
export function checkSegmentGrowth(raw: Record<string, unknown>, market: MarketModel, display: DisplayPolicy, ctx: FigureContext): void {
  if (!Array.isArray(raw.segmentations)) return;
  const { base, end } = market.milestones;
  raw.segmentations.forEach((json, i) => {
    const seg = segmentationSchema.safeParse(json);
    // A share that prints as 0.0 % is reported on its own (figures.ts), and is the one input that could underflow here.
    if (!seg.success || seg.data.segments.some((s) => printedPercent(s.share, display) === 0)) return;
    const { segments } = buildSegmentation(seg.data, market);
    segments.forEach((s, k) => {
      if (!drifts(s, display)) return;
      const implied = ((1 + s.inputRate) * (1 + market.cagr)) / (1 + s.cagr) - 1;
      const own = seg.data.segments[k]!.cagr !== undefined;
      const message = messages.segmentRateReconciled(own, s.inputRate, s.cagr, base.year, end.year, implied, market.cagr);
      ctx.error(own ? ['segmentations', i, 'segments', k, 'cagr'] : ['segmentations', i, 'segments', k], message);
    });
  });
}

/** More than the tolerance away from the rate given, or growth printed as decline (or the reverse). */
function drifts(s: SegmentModel, display: DisplayPolicy): boolean {
  const gap = Math.abs(s.cagr - s.inputRate);
  const flipped = Math.sign(printedPercent(s.inputRate, display)) * Math.sign(printedPercent(s.cagr, display)) < 0;
  // The epsilon keeps a gap of exactly one point (0.06 given, 0.07 printed) from failing on float noise.
  return gap > SEGMENT_RATE_TOLERANCE + 1e-12 || flipped;
}
