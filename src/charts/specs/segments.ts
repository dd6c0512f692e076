// Figures per segmentation: share in the base year, value by segment over the
// years (stacked), and the segments' CAGRs against the market's.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { chartSpec, unitSuffix } from '../spec-base.js';
import type { SegmentationModel } from '../../types.js';
import { resolutionOf } from '../value-axis.js';
import { categoryBarsBody, isRest } from './category-bars.js';
import { stackedYearsBody } from './stacked-years.js';

const TOTAL_MARKET = 'Total market';

/** One colour per segment, in dataset order, the same in every figure of the segmentation. */
export function segmentColors(ctx: ChartContext, seg: SegmentationModel): Map<string, string> {
  const colours = ctx.theme.palette.categorical(seg.segments.length);
  return new Map(seg.segments.map((s, i) => [s.name, colours[i]!]));
}

/** Largest first, "Others" last; ties keep dataset order (Array.prototype.sort is stable). */
function byValueDesc<T extends { readonly name: string }>(items: readonly T[], value: (t: T) => number): T[] {
  return [...items].sort((a, b) => Number(isRest(a.name)) - Number(isRest(b.name)) || value(b) - value(a));
}

export function segmentShareFigure(ctx: ChartContext, seg: SegmentationModel): ChartFigure {
  const { model, fmt } = ctx;
  const colors = segmentColors(ctx, seg);
  const bars = byValueDesc(seg.segments, (s) => s.baseShare).map((s) => ({ name: s.name, value: s.baseShare, color: colors.get(s.name)! }));
  const spec = chartSpec(ctx, categoryBarsBody(ctx, {
    bars,
    format: fmt.percent,
    resolution: resolutionOf(fmt.display.percentDecimals + 2),
    axisTitle: `Share of market, ${model.baseYear}`,
  }));
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
  const colors = segmentColors(ctx, seg);
  // The market's own CAGR is one more bar, in grey, ranked among the segments:
  // a reference line would cross the value labels.
  const marketName = seg.segments.some((s) => s.name === TOTAL_MARKET) ? `${TOTAL_MARKET} (all segments)` : TOTAL_MARKET;
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
  return {
    id: `segment-cagr-${seg.id}`,
    kind: 'segment-cagr',
    segmentationId: seg.id,
    caption: `${model.title} CAGR by ${seg.title}, ${fmt.span(from, to)} (%)`,
    spec,
  };
}

export function segmentValueFigure(ctx: ChartContext, seg: SegmentationModel): ChartFigure {
  const { model, fmt } = ctx;
  const colors = segmentColors(ctx, seg);
  const spec = chartSpec(ctx, stackedYearsBody(ctx, {
    years: model.years,
    parts: seg.segments.map((s) => ({ name: s.name, color: colors.get(s.name)!, series: s.series })),
    // The segments are reconciled to the market, so the market is the tallest stack.
    max: Math.max(...model.market.series.map((p) => p.value)),
  }));
  return {
    id: `segment-value-${seg.id}`,
    kind: 'segment-value',
    segmentationId: seg.id,
    caption: `${model.title} by ${seg.title}, ${fmt.span(model.firstYear, model.forecastTo)} ${unitSuffix(ctx)}`,
    spec,
  };
}
