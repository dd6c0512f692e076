// How a redacted chart (the free sample, the web excerpt) shows what it holds
// back. Hiding the numbers is not enough: a bar drawn at its true height gives
// its value away to anyone with a ruler, once one public bar fixes the scale.
// So in a redacted figure no mark's position or size comes from a figure after
// the base year, nor from anything computed from one (an axis domain, a sort
// order, a label's place). Reported years are drawn as usual; the forecast
// years get "ghost" marks of one fixed, data-independent shape (pale fill,
// dashed outline) with a note saying where the figures are: the sample holds
// them back, the web page (no sample: it prints the headline forecast) points
// to the full report.
import type { ChartContext } from '../context.js';
import { mix } from '../palette.js';
import type { VlSpec } from '../spec-base.js';
import { ACTUAL, bandMidpoint, statusColor } from './year-bands.js';

/** The legend entry of the ghost marks. */
export const HELD_BACK = 'Forecast (held back)';

export interface HeldBackStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
}

export function heldBackStyle(ctx: ChartContext): HeldBackStyle {
  const { palette } = ctx.theme;
  return { fill: mix(palette.brand, '#ffffff', 0.88), stroke: mix(palette.brand, '#ffffff', 0.35), text: palette.subtleText };
}

/** The mark properties of every ghost shape. */
export function ghostMark(ctx: ChartContext, type: 'bar' | 'rect'): VlSpec {
  const style = heldBackStyle(ctx);
  return { type, fill: style.fill, stroke: style.stroke, strokeWidth: 0.8, strokeDash: [3, 2], opacity: 1 };
}

/**
 * statusColor for a redacted chart: "Actual" as usual, the forecast entry
 * renamed and drawn like the ghost marks (outlined, as their fill alone
 * barely shows on white). The swatches shrink by the outline's width so the
 * legend, and the figure, keep the height of the unredacted one.
 */
export function heldBackStatusColor(ctx: ChartContext): VlSpec {
  const base = statusColor(ctx);
  const style = heldBackStyle(ctx);
  return {
    ...base,
    scale: { domain: [ACTUAL, HELD_BACK], range: [ctx.theme.palette.brand, style.fill] },
    legend: { ...(base.legend as VlSpec), symbolStrokeColor: style.stroke, symbolStrokeWidth: 0.8, symbolSize: 56 },
  };
}

/**
 * The context for a figure whose every value refers to the base year or
 * earlier (base-year shares, reported years only): it holds nothing back, so
 * a redacted deliverable draws it as the full report does, axis numbers and
 * value labels included. The sample's own tables print these figures; a
 * chart without them only made the reader measure bars.
 */
export function shownInFull(ctx: ChartContext): ChartContext {
  return ctx.redact ? { ...ctx, redact: false } : ctx;
}

/** The years after the base year: the ones a redacted chart holds back. */
export function heldBackYears(ctx: ChartContext, years: readonly number[]): number[] {
  return years.filter((y) => y > ctx.model.baseYear);
}

/** Two lines: what is held back, and where to find it. Years only, no figure. */
export function heldBackNote(ctx: ChartContext, what: string): string[] {
  return [what, ctx.deliverable === 'sample' ? 'held back in this sample' : 'in the full report'];
}

/** "Forecast 2024–2030" for the held-back years of a time chart. */
export function forecastNoteTitle(ctx: ChartContext, years: readonly number[]): string {
  const held = heldBackYears(ctx, years);
  const from = held[0]!;
  const to = held[held.length - 1]!;
  return from === to ? `Forecast ${from}` : `Forecast ${ctx.fmt.span(from, to)}`;
}

export interface GhostBarsRequest {
  /** Every year of the band axis. */
  readonly years: readonly number[];
  /**
   * Height of every ghost bar, in the value axis's units. It must come from
   * reported figures or constants only (the redaction-geometry test checks).
   */
  readonly top: number;
  /** The note's first line ("Forecast 2024–2030"). */
  readonly title: string;
}

/** Pixels a chart keeps free above its ghost bars for the note (two lines and a gap). */
export const NOTE_PX = 32;

/**
 * One ghost bar per held-back year, all of height `top`, on the chart's band
 * axis of years and value scale, with the note above them (on the bars, the
 * dashed outlines would cut through its letters). Empty when no year is held
 * back.
 */
export function ghostBars(ctx: ChartContext, req: GhostBarsRequest): VlSpec[] {
  const held = heldBackYears(ctx, req.years);
  if (held.length === 0) return [];
  const first = req.years.indexOf(held[0]!);
  const last = req.years.indexOf(held[held.length - 1]!);
  // Centred over the ghost bars when they are wide enough for it; over a short
  // forecast it ends at the last bar instead of running off the figure.
  const wide = held.length >= 4;
  const mid = bandMidpoint(req.years, first, last);
  const x = wide
    ? { datum: mid.year, type: 'ordinal', bandPosition: mid.bandPosition }
    : { datum: String(held[held.length - 1]), type: 'ordinal', bandPosition: 1 };
  return [
    {
      data: { values: held.map((year) => ({ year: String(year), value: req.top })) },
      mark: ghostMark(ctx, 'bar'),
      encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } },
    },
    noteLayer(ctx, heldBackNote(ctx, req.title), { x, y: { datum: req.top, type: 'quantitative' } }, {
      align: wide ? 'center' : 'right',
      baseline: 'bottom',
      gap: 5,
    }),
  ];
}

export interface NotePlacement {
  readonly align?: 'left' | 'center' | 'right';
  /** 'bottom': the last line ends `gap` px above the point; 'middle': the lines are centred on it. */
  readonly baseline?: 'bottom' | 'middle';
  readonly gap?: number;
}

/** The held-back note as a text layer at `encoding` (x and y). */
export function noteLayer(ctx: ChartContext, lines: readonly string[], encoding: VlSpec, place: NotePlacement = {}): VlSpec {
  const { theme } = ctx;
  const lineHeight = theme.labelSize + 3;
  const baseline = place.baseline ?? 'middle';
  // Vega anchors a multi-line text by its first line; the block is moved so that it sits as asked.
  const extra = (lines.length - 1) * lineHeight;
  const dy = baseline === 'bottom' ? -(place.gap ?? 0) - extra : -extra / 2;
  return {
    data: { values: [{}] },
    mark: {
      type: 'text',
      text: [...lines],
      align: place.align ?? 'center',
      baseline,
      dy,
      lineHeight,
      fontSize: theme.labelSize,
      color: heldBackStyle(ctx).text,
    },
    encoding,
  };
}
