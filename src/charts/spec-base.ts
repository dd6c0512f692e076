// The frame every chart shares: size, autosize, theme config and the source
// line under the plot. Builders supply data, marks and encodings.
import type { ChartContext } from './context.js';
import { labelLookup, yearLabels, yearStride } from './labels.js';
import { vegaLiteConfig } from './theme.js';
import type { ValueAxis } from './value-axis.js';

export type VlSpec = Record<string, unknown>;

export function chartSpec(ctx: ChartContext, body: VlSpec): VlSpec {
  const { theme } = ctx;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: theme.width,
    // 'fit-x' with padding: the whole figure is exactly theme.width wide, the plot takes what axes leave.
    autosize: { type: 'fit-x', contains: 'padding' },
    // The source line is the chart's only title; the caption belongs to the report's figure list.
    title: { text: theme.source, orient: 'bottom' },
    config: vegaLiteConfig(theme),
    ...body,
  };
}

/** A quantitative axis with our ticks and Formatter labels; no tick labels when redacted. */
export function valueAxisSpec(ctx: ChartContext, axis: ValueAxis, title: string | null): VlSpec {
  return {
    title,
    values: axis.ticks,
    grid: true,
    ...(ctx.redact ? { labels: false } : { labelExpr: labelLookup(axis.ticks, axis.labels) }),
  };
}

/** The scale of a value axis: exactly the axis domain, no Vega "nice" rounding. */
export function valueScale(axis: ValueAxis): VlSpec {
  return { domain: [...axis.domain], nice: false, zero: true };
}

/** The band/point axis of years, thinned when there are many. */
export function yearAxisSpec(years: readonly number[]): VlSpec {
  const labels = yearLabels(years, yearStride(years.length));
  return {
    title: null,
    labelAngle: 0,
    labelExpr: labelLookup(years.map(String), labels),
  };
}

/**
 * The category axis of horizontal bars: each name on its lines, the lines
 * centred on the bar. (Vega draws a label's first line where a one-line label
 * would sit and the others below it, so each label is moved up by half its
 * extra lines.)
 */
export function categoryAxis(ctx: ChartContext, names: readonly string[], wrapped: readonly (readonly string[])[]): VlSpec {
  const lineHeight = ctx.theme.labelSize + 2;
  const offsets = wrapped.map((lines) => (-(lines.length - 1) * lineHeight) / 2);
  return {
    title: null,
    labelExpr: labelLookup(names, wrapped),
    labelLineHeight: lineHeight,
    ...(offsets.some((o) => o !== 0) ? { labelOffset: { expr: labelLookup(names, offsets) } } : {}),
  };
}

/** Horizontal band step for categories whose labels may wrap: two lines, or more for a broken long word. */
export function categoryStep(ctx: ChartContext, wrapped: readonly (readonly string[])[]): number {
  const { barStep, wrappedBarStep, labelSize } = ctx.theme;
  const lines = Math.max(1, ...wrapped.map((l) => l.length));
  if (lines === 1) return barStep;
  // Line height as the axes set it (labelSize + 2), plus the gap two lines have in wrappedBarStep.
  return Math.max(wrappedBarStep, lines * (labelSize + 2) + (wrappedBarStep - 2 * (labelSize + 2)));
}

/** Caption unit suffix: "(USD billion)". */
export function unitSuffix(ctx: ChartContext): string {
  return `(${ctx.fmt.unitLabel()})`;
}
