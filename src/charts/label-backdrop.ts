// A rectangle of the page colour drawn under a bar's value label, so that a
// grid line passing at the label's height stops at its edges instead of
// running through its figures ("9.5%" on the 10% line). A stroked halo would
// do the same in a browser, but the PDF's SVG renderer paints a text's stroke
// over its fill and would copy the label twice into the PDF's text; a
// rectangle is only a shape. The rectangles are drawn before the bars, so a
// wide label next to a taller bar cannot cut a notch out of it: they hide
// grid lines only, which Vega draws under every mark.
import type { ChartContext } from './context.js';
import type { VlSpec } from './spec-base.js';
import { sharedTextMeasurer } from './text-metrics.js';

// Pixels of background kept around the label's box.
const PAD_PX = 1;

/** Value labels as layers: `under` goes first in a chart's layers, before its bars; `over` after them. */
export interface LabelLayers {
  readonly under: VlSpec[];
  readonly over: VlSpec[];
}

/** Where a value label sits against the end of its bar. */
export interface BarLabel {
  /** The rows this label layer draws (a Vega-Lite filter expression). */
  readonly filter: string;
  /** Labels drawn in this layer: the widest decides the backdrop's width. */
  readonly labels: readonly string[];
  readonly fontSize: number;
  /** Pixels from the bar's end to the label's near edge: negative above or left of the end. */
  readonly offset: number;
}

/** Width in px of the widest label, with the padding either side. */
function backdropWidth(label: BarLabel): number {
  const measure = sharedTextMeasurer();
  return Math.ceil(Math.max(0, ...label.labels.map((text) => measure.width(text, label.fontSize))) + 2 * PAD_PX);
}

/** Height in px of a label line with its padding (Roboto's ascent and descent are within 1.2 em). */
function backdropHeight(label: BarLabel): number {
  return Math.ceil(label.fontSize * 1.2 + 2 * PAD_PX);
}

/** The near and far edges of the label's box, in px from the bar's end along the value axis. */
function span(label: BarLabel, extent: number): { near: number; far: number } {
  const sign = label.offset < 0 ? -1 : 1;
  return { near: label.offset - sign * PAD_PX, far: label.offset + sign * (extent - PAD_PX) };
}

/**
 * Under a label above (offset < 0) or below a vertical bar: `x` is the band
 * encoding of the bars, `value` the field of their ends. On a screen, y grows
 * downwards, so "above" is a negative offset.
 */
export function verticalBarBackdrop(ctx: ChartContext, label: BarLabel, x: VlSpec, value: VlSpec): VlSpec {
  const { near, far } = span(label, backdropHeight(label));
  return {
    transform: [{ filter: label.filter }],
    mark: { type: 'bar', width: backdropWidth(label), color: ctx.theme.palette.background, yOffset: near, y2Offset: far },
    encoding: { x, y: value, y2: { field: (value as { field: string }).field } },
  };
}

/**
 * Under a label right of (offset > 0) or left of a horizontal bar: `y` is the
 * band encoding of the bars (with `yOffset` when bars are grouped), `value`
 * the field of their ends.
 */
export function horizontalBarBackdrop(ctx: ChartContext, label: BarLabel, y: VlSpec, value: VlSpec, yOffset?: VlSpec): VlSpec {
  const { near, far } = span(label, backdropWidth(label));
  return {
    transform: [{ filter: label.filter }],
    mark: { type: 'bar', height: backdropHeight(label), color: ctx.theme.palette.background, xOffset: near, x2Offset: far },
    encoding: { y, ...(yOffset ? { yOffset } : {}), x: value, x2: { field: (value as { field: string }).field } },
  };
}

/** A chart without value labels (a sample's held-back figure). */
export const NO_LABELS: LabelLayers = { under: [], over: [] };
