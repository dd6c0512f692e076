// Stacked bars by year, one colour per part (a segment, a region), first part
// at the bottom of each stack and first in the legend under the plot: the
// layout of every "value by X over the years" figure, so they read alike.
// Redacted, the years after the base year are ghost bars (held-back.ts).
import type { ChartContext } from '../context.js';
import { labelLookup, wrapLabel } from '../labels.js';
import { valueAxisSpec, valueScale, type VlSpec } from '../spec-base.js';
import type { YearValue } from '../../types.js';
import { resolutionOf, valueAxis, withHeadroom } from '../value-axis.js';
import { forecastNoteTitle, ghostBars, heldBackYears, NOTE_PX } from './held-back.js';
import { forecastDivider, yearX } from './year-bands.js';

export interface StackedPart {
  readonly name: string;
  readonly color: string;
  readonly series: readonly YearValue[];
}

export interface StackedYearsRequest {
  readonly years: readonly number[];
  readonly parts: readonly StackedPart[];
  /**
   * Top of the tallest stack (the value axis adds headroom for the forecast
   * divider's words). Redacted, it must come from the years drawn (up to the
   * base year), as it sizes the axis and the ghost bars.
   */
  readonly max: number;
  /** Bottom of the deepest stack when parts can be negative; default 0. */
  readonly min?: number;
}

// Legend entries in columns under the plot; more columns when names are short.
const LEGEND_LINE_CHARS = 34;
// Pixels kept free above the tallest stack for "Actual | Forecast".
const DIVIDER_PX = 16;

export function stackedYearsBody(ctx: ChartContext, req: StackedYearsRequest): VlSpec {
  const { fmt, theme, redact, model } = ctx;
  const names = req.parts.map((p) => p.name);
  // Redacted, a part's values after the base year are never even put in the data.
  const shown = (v: YearValue) => !redact || v.year <= model.baseYear;
  const rows = req.parts.flatMap((p, order) =>
    p.series.filter(shown).map((v) => ({ year: String(v.year), part: p.name, order, value: v.value })),
  );
  const ghosts = redact && heldBackYears(ctx, req.years).length > 0;
  const axis = valueAxis({
    min: req.min ?? 0,
    max: withHeadroom(req.max, theme.plotHeight, ghosts ? DIVIDER_PX + NOTE_PX + 4 : DIVIDER_PX),
    format: fmt.axisValue,
    resolution: resolutionOf(fmt.display.valueDecimals),
  });
  const wrapped = names.map((n) => wrapLabel(n, LEGEND_LINE_CHARS));
  const longest = Math.max(...names.map((n) => n.length));
  const columns = Math.min(names.length, longest <= 16 ? 4 : longest <= 24 ? 3 : 2);
  return {
    height: theme.plotHeight,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: yearX(req.years, model.baseYear),
          y: { field: 'value', type: 'quantitative', stack: 'zero', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, fmt.unitLabel()) },
          color: {
            field: 'part',
            type: 'nominal',
            sort: names,
            scale: { domain: names, range: req.parts.map((p) => p.color) },
            legend: {
              orient: 'bottom',
              direction: 'horizontal',
              title: null,
              columns,
              columnPadding: 14,
              rowPadding: 4,
              labelExpr: labelLookup(names, wrapped),
            },
          },
          // First part at the bottom of each stack, as listed in the legend.
          order: { field: 'order', type: 'quantitative', sort: 'ascending' },
        },
      },
      // Drawn only when the years run past the base year (not for history-only regional series).
      ...forecastDivider(ctx, req.years),
      // Ghost bars as tall as the tallest stack drawn: a fixed shape, not a trend.
      ...(ghosts ? ghostBars(ctx, { years: req.years, top: req.max, title: forecastNoteTitle(ctx, req.years) }) : []),
    ],
  };
}
