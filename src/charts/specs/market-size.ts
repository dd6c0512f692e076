// Figure: market size by year, reported years and projections in two colours,
// with the CAGR of the forecast span drawn as a bracket over the forecast bars.
// Redacted: the reported years only, the forecast years as ghost bars.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { chartSpec, unitSuffix, valueAxisSpec, valueScale, type VlSpec } from '../spec-base.js';
import { resolutionOf, valueAxis, withHeadroom } from '../value-axis.js';
import { forecastNoteTitle, ghostBars, heldBackStatusColor } from './held-back.js';
import { NO_LABELS } from '../label-backdrop.js';
import { bandMidpoint, barValueLabels, labelledYears, statusColor, statusOf, yearX } from './year-bands.js';

// Pixels kept free above the tallest bar: its label and the CAGR bracket.
const BRACKET_Y = 24;
const RESERVED_PX = BRACKET_Y + 20;

export function marketSizeFigure(ctx: ChartContext): ChartFigure {
  const { model, fmt, theme, redact } = ctx;
  const { series, spans } = model.market;
  const years = series.map((p) => p.year);
  // Redacted, no value is labelled, and no forecast value may be measured either.
  const labelled = labelledYears(ctx, years, redact ? [] : series.map((p) => fmt.value(p.value)));
  // Redacted, nothing below may see a forecast value: not the bars, not the axis domain.
  const shown = redact ? series.filter((p) => p.year <= model.baseYear) : series;
  const rows = shown.map((p) => ({
    year: String(p.year),
    value: p.value,
    status: statusOf(ctx, p.year),
    label: redact || !labelled.has(p.year) ? '' : fmt.value(p.value),
  }));
  const max = Math.max(...shown.map((p) => p.value));
  const axis = valueAxis({
    min: 0,
    max: withHeadroom(max, theme.plotHeight, RESERVED_PX),
    format: fmt.axisValue,
    resolution: resolutionOf(fmt.display.valueDecimals),
  });
  const x = yearX(years, ctx.model.baseYear);
  const y = { field: 'value', type: 'quantitative', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, fmt.unitLabel()) };
  const span = spans.forecast;
  // Full encodings: the first layer (a label's backdrop) decides the axes.
  const labels = redact ? NO_LABELS : barValueLabels(ctx, rows, x, y);
  const spec = chartSpec(ctx, {
    height: theme.plotHeight,
    data: { values: rows },
    layer: [
      ...labels.under,
      { mark: { type: 'bar' }, encoding: { x, y, color: redact ? heldBackStatusColor(ctx) : statusColor(ctx) } },
      ...(redact
        ? // Ghost bars as tall as the tallest reported bar: a fixed shape, not a trend.
          ghostBars(ctx, { years, top: max, title: forecastNoteTitle(ctx, years) })
        : [...labels.over, ...cagrBracket(ctx, years, span.from, span.to, `CAGR ${fmt.span(span.from, span.to)}: ${fmt.percent(span.cagr)}`)]),
    ],
  });
  return {
    id: 'market-size',
    kind: 'market-size',
    caption: `${model.title} size, ${fmt.span(model.firstYear, model.forecastTo)} ${unitSuffix(ctx)}`,
    spec,
  };
}

/** A horizontal bracket from the centre of `from`'s bar to `to`'s, with `text` above its middle. */
function cagrBracket(ctx: ChartContext, years: readonly number[], from: number, to: number, text: string): VlSpec[] {
  const i = years.indexOf(from);
  const j = years.indexOf(to);
  if (i < 0 || j <= i) return [];
  const { palette, labelSize } = ctx.theme;
  const mid = bandMidpoint(years, i, j);
  // The bracket as one rule layer: the two end ticks and the bar between them, in pixels from the plot top.
  const segments = [
    { x: String(from), x2: String(from), y: BRACKET_Y, y2: BRACKET_Y + 6 },
    { x: String(from), x2: String(to), y: BRACKET_Y, y2: BRACKET_Y },
    { x: String(to), x2: String(to), y: BRACKET_Y, y2: BRACKET_Y + 6 },
  ];
  return [
    {
      data: { values: segments },
      mark: { type: 'rule', stroke: palette.text, strokeWidth: 1 },
      encoding: {
        x: { field: 'x', type: 'ordinal' },
        x2: { field: 'x2' },
        y: { field: 'y', type: 'quantitative', scale: null },
        y2: { field: 'y2' },
      },
    },
    {
      data: { values: [{}] },
      mark: { type: 'text', text, align: 'center', baseline: 'bottom', dy: -3, fontSize: labelSize + 0.5, fontWeight: 'bold', color: palette.text },
      encoding: { x: { datum: mid.year, type: 'ordinal', bandPosition: mid.bandPosition }, y: { value: BRACKET_Y } },
    },
  ];
}
