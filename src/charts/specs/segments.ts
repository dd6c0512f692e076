// Figures per segmentation: share in the base year, value by segment over the
// years (stacked), and the segments' CAGRs against the market's.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { segmentColors } from '../series-colors.js';
import { chartSpec, unitSuffix } from '../spec-base.js';
import type { SegmentationModel } from '../../types.js';
import { resolutionOf } from '../value-axis.js';
import { isRemainder } from '../../format/remainder.js';
import { categoryBarsBody, shareBarsBody } from './category-bars.js';
import { heldBackCategoryBody } from './held-back-categories.js';
import { shownInFull } from './held-back.js';
import { stackedYearsBody } from './stacked-years.js';

const TOTAL_MARKET = 'Total market';

/** Largest first, "Others" last; ties keep dataset order (Array.prototype.sort is stable). */
function byValueDesc<T extends { readonly name: string }>(items: readonly T[], value: (t: T) => number): T[] {
  return [...items].sort((a, b) => Number(isRemainder(a.name)) - Number(isRemainder(b.name)) || value(b) - value(a));
}

export function segmentShareFigure(redactable: ChartContext, seg: SegmentationModel): ChartFigure {
  // Base-year shares: nothing after the base year to hold back.
  const ctx = shownInFull(redactable);
  const { model } = ctx;
  const colors = segmentColors(ctx.theme.palette, seg);
  const bars = byValueDesc(seg.segments, (s) => s.baseShare).map((s) => ({ name: s.name, value: s.baseShare, color: colors.get(s.name)! }));
  const spec = chartSpec(ctx, shareBarsBody(ctx, bars));
  return {
    id: `segment-share-${seg.id}`,
    kind: 'segment-share',
    segmentationId: seg.id,
    caption: `${model.title} share by ${seg.title}, ${model.baseYear} (%)`,
    spec,
  };
}

export function segmentCagrFigure(ctx: ChartContext, seg: SegmentationModel): ChartFigure {
  const { model, fmt, theme } = ctx;
  const { from, to, cagr } = model.market.spans.forecast;
  const colors = segmentColors(ctx.theme.palette, seg);
  const marketName = marketNameFor(seg);
  const caption = `${model.title} CAGR by ${seg.title}, ${fmt.span(from, to)} (%)`;
  const figure = { id: `segment-cagr-${seg.id}`, kind: 'segment-cagr', segmentationId: seg.id, caption } as const;
  if (ctx.redact) {
    // Every figure here is a forecast: the segments in dataset order (a ranking
    // would tell which grows fastest), the market last, each a ghost bar.
    const names = [...seg.segments.map((s) => s.name), marketName];
    const spec = chartSpec(ctx, heldBackCategoryBody(ctx, { names, axisTitle: `CAGR ${fmt.span(from, to)}`, title: `Growth rates ${fmt.span(from, to)}` }));
    return { ...figure, spec };
  }
  // The market's own CAGR is one more bar, in grey, ranked among the segments:
  // a reference line would cross the value labels.
  const items = [...seg.segments.map((s) => ({ name: s.name, cagr: s.cagr })), { name: marketName, cagr }];
  const bars = byValueDesc(items, (s) => s.cagr).map((s) => ({
    name: s.name,
    value: s.cagr,
    color: s.name === marketName ? theme.palette.muted : colors.get(s.name)!,
  }));
  const spec = chartSpec(ctx, categoryBarsBody(ctx, {
    bars,
    format: fmt.percent,
    resolution: resolutionOf(fmt.display.percentDecimals + 2),
    axisTitle: `CAGR ${fmt.span(from, to)}`,
  }));
  return { ...figure, spec };
}

export function segmentValueFigure(ctx: ChartContext, seg: SegmentationModel): ChartFigure {
  const { model, fmt } = ctx;
  const colors = segmentColors(ctx.theme.palette, seg);
  const spec = chartSpec(ctx, stackedYearsBody(ctx, {
    years: model.years,
    // Redacted, stackedYearsBody draws only the years up to the base year. Those
    // are public: a segment's value there is its base-year share of the actual
    // total (forecast/segments.ts), as the sample's value table prints it.
    parts: seg.segments.map((s) => ({ name: s.name, color: colors.get(s.name)!, series: s.series })),
    // The segments are reconciled to the market, so the market is the tallest stack.
    max: Math.max(...model.market.series.filter((p) => !ctx.redact || p.year <= model.baseYear).map((p) => p.value)),
  }));
  return {
    id: `segment-value-${seg.id}`,
    kind: 'segment-value',
    segmentationId: seg.id,
    caption: `${model.title} by ${seg.title}, ${fmt.span(model.firstYear, model.forecastTo)} ${unitSuffix(ctx)}`,
    spec,
  };
}

/** "Total market", unless a segment is called that. */
function marketNameFor(seg: SegmentationModel): string {
  return seg.segments.some((s) => s.name === TOTAL_MARKET) ? `${TOTAL_MARKET} (all segments)` : TOTAL_MARKET;
}
