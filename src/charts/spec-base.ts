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

/**
 * A quantitative axis with our ticks and Formatter labels; no tick labels when
 * redacted. The tick count is ours too: Vega halves an explicit list of values
 * until it fits its own count (ceil(height / 40) on a vertical axis), which
 * dropped the zero line of a short growth chart with seven ticks.
 */
export function valueAxisSpec(ctx: ChartContext, axis: ValueAxis, title: string | null): VlSpec {
  return {
    title,
    values: axis.ticks,
    tickCount: axis.ticks.length,
    grid: true,
    ...(ctx.redact ? { labels: false } : { labelExpr: labelLookup(axis.ticks, axis.labels) }),
  };
}

/** The scale of a value axis: exactly the axis domain, no Vega "nice" rounding. */
export function valueScale(axis: ValueAxis): VlSpec {
  return { domain: [...axis.domain], nice: false, zero: true };
}

/** The band/point axis of years, thinned when there are many (the base year and the last stay labelled). */
export function yearAxisSpec(years: readonly number[], baseYear: number): VlSpec {
  const labels = yearLabels(years, yearStride(years.length), baseYear);
  return {
    title: null,
    labelAngle: 0,
    labelExpr: labelLookup(years.map(String), labels),
  };
}

/** Line height of category labels, and the space two wrapped labels keep between them in wrappedBarStep. */
export function labelLines(ctx: ChartContext): { readonly height: number; readonly gap: number } {
  const height = ctx.theme.labelSize + 2;
  return { height, gap: ctx.theme.wrappedBarStep - 2 * height };
}

/** The band scale padding of horizontal bars, one bar per category. */
export const CATEGORY_PADDING = { paddingInner: 0.3, paddingOuter: 0.2 } as const;

/**
 * The category axis of horizontal bars: each name on its lines, the lines
 * centred on the bar. (Vega draws a label's first line where a one-line label
 * would sit and the others below it, so each label is moved up by half its
 * extra lines.)
 */
export function categoryAxis(ctx: ChartContext, names: readonly string[], wrapped: readonly (readonly string[])[]): VlSpec {
  const { height } = labelLines(ctx);
  const offsets = wrapped.map((lines) => (-(lines.length - 1) * height) / 2);
  return {
    title: null,
    labelExpr: labelLookup(names, wrapped),
    labelLineHeight: height,
    ...(offsets.some((o) => o !== 0) ? { labelOffset: { expr: labelLookup(names, offsets) } } : {}),
  };
}

/**
 * Band step of horizontal bars (CATEGORY_PADDING) whose labels may wrap:
 * barStep for one-line labels, at least wrappedBarStep once any label wraps,
 * and more only where a label needs it: two neighbours each take half their
 * height from the step between them, and the first and last labels stay
 * inside the plot. So one long name does not make every bar tall.
 */
export function categoryStep(ctx: ChartContext, wrapped: readonly (readonly string[])[]): number {
  const { barStep, wrappedBarStep } = ctx.theme;
  const counts = wrapped.map((lines) => lines.length);
  if (counts.every((n) => n <= 1)) return barStep;
  const { height, gap } = labelLines(ctx);
  let step = wrappedBarStep;
  for (let i = 0; i + 1 < counts.length; i++) step = Math.max(step, ((counts[i]! + counts[i + 1]!) / 2) * height + gap);
  // A band's middle lies this many steps in from the plot's edge.
  const edge = CATEGORY_PADDING.paddingOuter + (1 - CATEGORY_PADDING.paddingInner) / 2;
  for (const n of [counts[0]!, counts.at(-1)!]) step = Math.max(step, ((n * height) / 2 + gap / 2) / edge);
  return Math.ceil(step);
}

/** Caption unit suffix: "(USD billion)". */
export function unitSuffix(ctx: ChartContext): string {
  return `(${ctx.fmt.unitLabel()})`;
}
