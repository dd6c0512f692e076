// Figure: year-over-year growth of the market, reported and projected years
// coloured as in the market-size figure. Redacted: the reported years only,
// the forecast years as ghost bars.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { NO_LABELS } from '../label-backdrop.js';
import { chartSpec, valueAxisSpec, valueScale } from '../spec-base.js';
import { resolutionOf, valueAxis, withHeadroom, withLabelRoom } from '../value-axis.js';
import { forecastNoteTitle, ghostBars, heldBackStatusColor, NOTE_PX } from './held-back.js';
import { barValueLabels, labelledYears, statusColor, statusOf, yearX } from './year-bands.js';

const LABEL_PX = 16;
const GHOST_SHARE = 0.5;

export function marketGrowthFigure(ctx: ChartContext): ChartFigure | undefined {
  const { model, fmt, theme, redact } = ctx;
  const all = model.market.yoy;
  if (all.length === 0) return undefined;
  const years = all.map((p) => p.year);
  // Redacted, nothing below may see a forecast growth rate: not the bars, not the axis domain.
  const yoy = redact ? all.filter((p) => p.year <= model.baseYear) : all;
  const labelled = labelledYears(ctx, years, redact ? [] : all.map((p) => fmt.percent(p.growth)));
  // A fall is the number a reader looks for. Its label hangs below the bar, clear
  // of the neighbours' labels above theirs, unless a neighbour falls too.
  yoy.forEach((p, i) => {
    const fell = (k: number) => (yoy[k]?.growth ?? 0) < 0;
    if (p.growth < 0 && !fell(i - 1) && !fell(i + 1)) labelled.add(p.year);
  });
  const rows = yoy.map((p) => ({
    year: String(p.year),
    value: p.growth,
    status: statusOf(ctx, p.year),
    label: redact || !labelled.has(p.year) ? '' : fmt.percent(p.growth),
  }));
  const values = yoy.map((p) => p.growth);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // Ghost bars as tall as the highest reported growth (a fixed shape, not a trend);
  // a history of falls only gets ghosts of a fixed share of the plot instead.
  const ghostTop = max > 0 ? max : GHOST_SHARE * Math.max(-min, 0.01);
  // Room for labels above the highest bar and below the lowest negative one.
  // Each side's own headroom usually suffices once the axis is rounded to
  // nice ticks; where it leaves a labelled fall less than a label's height
  // (a -1.8% forecast on an axis rounded to -2.0%), both sides take their room
  // from the whole span instead.
  const topPx = redact ? NOTE_PX + 6 : LABEL_PX;
  const top = redact ? Math.max(max, ghostTop) : max;
  const axisFor = (lo: number, hi: number) =>
    valueAxis({ min: lo, max: hi, format: fmt.percent, resolution: resolutionOf(fmt.display.percentDecimals + 2) });
  let axis = axisFor(min < 0 ? withHeadroom(min, theme.plotHeight, LABEL_PX) : 0, withHeadroom(top, theme.plotHeight, topPx));
  const pxBelow = ((min - axis.domain[0]) / (axis.domain[1] - axis.domain[0])) * theme.plotHeight;
  if (rows.some((r) => r.value < 0 && r.label !== '') && pxBelow < LABEL_PX) {
    const room = withLabelRoom(min, top, theme.plotHeight, LABEL_PX, topPx);
    axis = axisFor(room.min, room.max);
  }
  const x = yearX(years, ctx.model.baseYear);
  const y = { field: 'value', type: 'quantitative', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, 'Growth over previous year') };
  // Full encodings: the first layer (a label's backdrop) decides the axes.
  const labels = redact ? NO_LABELS : barValueLabels(ctx, rows, x, y);
  const spec = chartSpec(ctx, {
    height: theme.plotHeight,
    data: { values: rows },
    layer: [
      ...labels.under,
      {
        mark: { type: 'bar' },
        encoding: {
          x,
          y,
          color: redact ? heldBackStatusColor(ctx) : statusColor(ctx),
        },
      },
      ...(redact ? ghostBars(ctx, { years, top: ghostTop, title: forecastNoteTitle(ctx, years) }) : labels.over),
    ],
  });
  return {
    id: 'market-growth',
    kind: 'market-growth',
    caption: `${model.title}, year-over-year growth, ${fmt.span(years[0]!, years[years.length - 1]!)} (%)`,
    spec,
  };
}
