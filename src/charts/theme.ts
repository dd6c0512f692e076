// The one chart theme: font, sizes, colours and the source line, as a
// Vega-Lite config carried inside every spec (so a spec alone decides its
// pixels, and the cache can key on it).
import type { Model } from '../types.js';
import { CHART_FONT_FAMILY } from './fonts.js';
import { createPalette, type ChartPalette } from './palette.js';

export interface ChartTheme {
  readonly font: string;
  /** Total figure width in px (= pt when embedded): an A4 text column. */
  readonly width: number;
  /** Plot height of the time-series charts. */
  readonly plotHeight: number;
  /** Band step of horizontal bar charts (one bar per category). */
  readonly barStep: number;
  /** Same, once a category's label wraps (the least; categoryStep gives more to labels of three lines or more). */
  readonly wrappedBarStep: number;
  readonly labelSize: number;
  readonly titleSize: number;
  readonly sourceSize: number;
  readonly palette: ChartPalette;
  /** "Source: Meridian Market Insights, 2024" */
  readonly source: string;
}

export function createTheme(model: Model): ChartTheme {
  return {
    font: CHART_FONT_FAMILY,
    width: 490,
    plotHeight: 210,
    barStep: 20,
    wrappedBarStep: 30,
    labelSize: 9,
    titleSize: 9.5,
    sourceSize: 8,
    palette: createPalette(model.dataset.publisher.brandColor),
    source: `Source: ${model.dataset.publisher.name}, ${model.publishedYear}`,
  };
}

/** The Vega-Lite `config` of every chart. */
export function vegaLiteConfig(theme: ChartTheme): Record<string, unknown> {
  const { palette: p, font } = theme;
  const text = { font, fontSize: theme.labelSize, color: p.text };
  return {
    font,
    background: p.background,
    padding: 6,
    // ARIA attributes would carry raw, unformatted (and, in the sample, redacted) values.
    aria: false,
    view: { stroke: null },
    axis: {
      labelFont: font,
      labelFontSize: theme.labelSize,
      labelColor: p.text,
      titleFont: font,
      titleFontSize: theme.titleSize,
      titleFontWeight: 'normal',
      titleColor: p.subtleText,
      domainColor: p.domain,
      tickColor: p.domain,
      gridColor: p.grid,
      // Long labels are wrapped by the spec builders, never cut: a cut label misnames a segment.
      labelLimit: 0,
      labelOverlap: false,
    },
    axisBand: { grid: false, tickSize: 0, labelPadding: 4 },
    legend: {
      labelFont: font,
      labelFontSize: theme.labelSize,
      labelColor: p.text,
      titleFont: font,
      labelLimit: 0,
      symbolType: 'square',
      symbolSize: 70,
      symbolStrokeWidth: 0,
    },
    title: {
      font,
      fontSize: theme.sourceSize,
      fontWeight: 'normal',
      color: p.subtleText,
      anchor: 'start',
      frame: 'group',
      offset: 10,
    },
    text,
    bar: { fill: p.brand },
    line: { stroke: p.brand, strokeWidth: 2 },
    point: { filled: true },
  };
}
