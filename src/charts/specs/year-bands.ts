// Pieces shared by the charts whose x axis is the band of years: the actual /
// forecast colour legend, the divider at the base year, and value labels that
// sit above positive bars and below negative ones.
import type { ChartContext } from '../context.js';
import { verticalBarBackdrop, type LabelLayers } from '../label-backdrop.js';
import { labelledIndices, yearStride } from '../labels.js';
import { sharedTextMeasurer } from '../text-metrics.js';
import type { VlSpec } from '../spec-base.js';
import { yearAxisSpec } from '../spec-base.js';

export const ACTUAL = 'Actual';
export const FORECAST = 'Forecast';

const PADDING_INNER = 0.25;
const PADDING_OUTER = 0.35;
// The plot's width is the figure's less the value axis beside it (ticks, labels, title), about this much.
const VALUE_AXIS_PX = 80;
// Pixels kept between two neighbouring value labels.
const LABEL_GAP_PX = 4;
const valueLabelSize = (ctx: ChartContext) => ctx.theme.labelSize - 0.5;

export function yearX(years: readonly number[], baseYear: number): VlSpec {
  return {
    field: 'year',
    type: 'ordinal',
    sort: years.map(String),
    scale: { domain: years.map(String), paddingInner: PADDING_INNER, paddingOuter: PADDING_OUTER },
    axis: yearAxisSpec(years, baseYear),
  };
}

/** Colour by actual / forecast: the brand colour for reported years, its tint for projections. */
export function statusColor(ctx: ChartContext): VlSpec {
  const { palette } = ctx.theme;
  return {
    field: 'status',
    type: 'nominal',
    scale: { domain: [ACTUAL, FORECAST], range: [palette.brand, palette.forecast] },
    legend: { orient: 'top', direction: 'horizontal', title: null, offset: 6 },
  };
}

export function statusOf(ctx: ChartContext, year: number): string {
  return year <= ctx.model.baseYear ? ACTUAL : FORECAST;
}

/**
 * Position (in bands) of the middle between the centres of bands `i` and `j`,
 * expressed as a band index plus a bandPosition, for a text mark.
 */
export function bandMidpoint(years: readonly number[], i: number, j: number): { year: string; bandPosition: number } {
  const mid = (i + j) / 2;
  const k = Math.floor(mid);
  // One band step is 1 / (1 - paddingInner) band widths.
  const bandPosition = 0.5 + ((mid - k) * 1) / (1 - PADDING_INNER);
  return { year: String(years[k]), bandPosition };
}

/**
 * Dashed rule where the forecast starts, with "Actual" and "Forecast" written
 * either side at the top of the plot (Roboto has no arrow glyphs, so the words
 * alone say which side is which). On a band axis the rule sits between the
 * base year's bar and the next; on a point axis (lines) at the base year,
 * where the projected line leaves the reported one.
 */
export function forecastDivider(ctx: ChartContext, years: readonly number[], scale: 'band' | 'point' = 'band'): VlSpec[] {
  const i = years.indexOf(ctx.model.baseYear);
  if (i < 0 || i === years.length - 1) return [];
  const at = bandMidpoint(years, i, i + 1);
  const x =
    scale === 'band'
      ? { datum: at.year, type: 'ordinal', bandPosition: at.bandPosition }
      : { datum: String(ctx.model.baseYear), type: 'ordinal' };
  const { palette, labelSize } = ctx.theme;
  // One-row data: without it a layer inherits the chart's rows and repeats itself per row.
  const one = { values: [{}] };
  const side = (text: string, align: 'left' | 'right', dx: number): VlSpec => ({
    data: one,
    mark: { type: 'text', text, align, baseline: 'top', dx, dy: 2, fontSize: labelSize, color: palette.subtleText },
    encoding: { x, y: { value: 0 } },
  });
  return [
    {
      data: one,
      mark: { type: 'rule', strokeDash: [3, 3], stroke: palette.domain, strokeWidth: 1 },
      encoding: { x, y: { value: 0 }, y2: { value: ctx.theme.plotHeight } },
    },
    side(ACTUAL, 'right', -4),
    side(FORECAST, 'left', 4),
  ];
}

/**
 * Years whose bars get a value label: the base year, the last year, and every
 * stride-th year from the base year (labelledIndices), so labels never collide
 * and the two figures the prose quotes most are on the chart. The stride is
 * the larger of what the number of years allows (yearStride) and what the
 * widest of `labels` needs next to its neighbours ("653,343" over 14 bars
 * needs every other year).
 */
export function labelledYears(ctx: ChartContext, years: readonly number[], labels: readonly string[]): Set<number> {
  const { theme } = ctx;
  const widest = Math.max(0, ...labels.map((label) => sharedTextMeasurer().width(label, valueLabelSize(ctx))));
  const step = (theme.width - VALUE_AXIS_PX) / (years.length - PADDING_INNER + 2 * PADDING_OUTER);
  const stride = Math.max(yearStride(years.length), Math.ceil((widest + LABEL_GAP_PX) / step));
  const shown = labelledIndices(years.length, stride, years.indexOf(ctx.model.baseYear));
  return new Set(years.filter((_, i) => shown.has(i)));
}

/**
 * Value labels: above positive bars, below negative ones, each on a backdrop
 * that stops grid lines at its edges. Rows need `value` and `label` (blank
 * for no label). The layers for negative bars exist only when a value is
 * negative: each layer costs Vega a dataflow branch.
 */
export function barValueLabels(ctx: ChartContext, rows: readonly { value: number; label: string }[], x: VlSpec, y: VlSpec): LabelLayers {
  const fontSize = valueLabelSize(ctx);
  const sides = [{ test: 'datum.value >= 0', baseline: 'bottom', offset: -3 }];
  if (rows.some((r) => r.value < 0)) sides.push({ test: 'datum.value < 0', baseline: 'top', offset: 3 });
  const filterOf = (test: string) => `${test} && datum.label !== ''`;
  return {
    under: sides.map(({ test, offset }) => {
      const labels = rows.filter((r) => r.label !== '' && (offset < 0) === r.value >= 0).map((r) => r.label);
      return verticalBarBackdrop(ctx, { filter: filterOf(test), labels, fontSize, offset }, x, y);
    }),
    over: sides.map(({ test, baseline, offset }) => ({
      transform: [{ filter: filterOf(test) }],
      mark: { type: 'text', baseline, dy: offset, fontSize, color: ctx.theme.palette.text },
      encoding: { x, y, text: { field: 'label', type: 'nominal' } },
    })),
  };
}
