// Figure: production and consumption by region in the latest year every
// region reports, side by side, so net exporters and importers stand out.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { horizontalBarBackdrop } from '../label-backdrop.js';
import { wrapLabel } from '../labels.js';
import { categoryAxis, chartSpec, labelLines, unitSuffix, valueAxisSpec, valueScale } from '../spec-base.js';
import type { RegionalSeries } from '../../types.js';
import { resolutionOf, valueAxis, withHeadroom } from '../value-axis.js';
import { LABEL_LINE_CHARS } from './category-bars.js';
import { shownInFull } from './held-back.js';

const MEASURES = ['Production', 'Consumption'] as const;
const LABEL_SIZE = (theme: ChartContext['theme']) => theme.labelSize - 0.5;

export function regionalFigure(redactable: ChartContext): ChartFigure | undefined {
  const regions = redactable.model.regional ?? [];
  // Regional series cover the history years; a redacted figure never picks a later one.
  const year = latestCommonYear(regions, redactable.redact ? redactable.model.baseYear : Infinity);
  if (year === undefined) return undefined;
  // A redacted figure's year is the base year at the latest: nothing to hold back.
  const ctx = shownInFull(redactable);
  const { model, fmt, theme, redact } = ctx;
  const at = (series: RegionalSeries['production']) => series.find((p) => p.year === year)!.value;
  const rows = regions.flatMap((r) =>
    MEASURES.map((measure) => {
      const value = at(measure === 'Production' ? r.production : r.consumption);
      return { region: r.region, measure, value, label: redact ? '' : fmt.value(value) };
    }),
  );
  const names = regions.map((r) => r.region);
  const wrapped = names.map((n) => wrapLabel(n, LABEL_LINE_CHARS));
  const lines = labelLines(ctx);
  const axis = valueAxis({
    min: Math.min(0, ...rows.map((r) => r.value)),
    max: withHeadroom(Math.max(0, ...rows.map((r) => r.value)), 330, redact ? 0 : 36),
    format: fmt.axisValue,
    resolution: resolutionOf(fmt.display.valueDecimals),
    tickCount: 4,
  });
  const y = {
    field: 'region',
    type: 'nominal',
    sort: names,
    scale: { domain: names, paddingInner: 0.25, paddingOuter: 0.15 },
    axis: categoryAxis(ctx, names, wrapped),
  };
  const yOffset = { field: 'measure', type: 'nominal', sort: [...MEASURES], scale: { domain: [...MEASURES], paddingInner: 0.05 } };
  const colours = theme.palette.categorical(2);
  const x = { field: 'value', type: 'quantitative', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, fmt.unitLabel()) };
  // Full encodings: the first layer (a label's backdrop) decides the axes.
  const labelAt = { y, yOffset, x };
  const spec = chartSpec(ctx, {
    // With an offset channel the step is per bar (vega-lite's default 'for: offset'); a region's
    // two bars are tall enough for its name's lines.
    height: { step: Math.max(theme.barStep - 2, Math.ceil((Math.max(...wrapped.map((l) => l.length)) * lines.height + lines.gap) / 2)) },
    data: { values: rows },
    layer: [
      // Under the bars: a label's backdrop stops grid lines and hides no bar.
      ...(redact
        ? []
        : [
            horizontalBarBackdrop(
              ctx,
              { filter: 'true', labels: rows.map((r) => r.label), fontSize: LABEL_SIZE(theme), offset: 3 },
              labelAt.y,
              labelAt.x,
              labelAt.yOffset,
            ),
          ]),
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset,
          x,
          color: {
            field: 'measure',
            type: 'nominal',
            scale: { domain: [...MEASURES], range: colours },
            legend: { orient: 'top', direction: 'horizontal', title: null, offset: 6 },
          },
        },
      },
      ...(redact
        ? []
        : [
            {
              mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: LABEL_SIZE(theme), color: theme.palette.text },
              encoding: { ...labelAt, text: { field: 'label', type: 'nominal' } },
            },
          ]),
    ],
  });
  return {
    id: 'regional-balance',
    kind: 'regional',
    caption: `${model.title} production and consumption by region, ${year} ${unitSuffix(ctx)}`,
    spec,
  };
}

/** The latest year up to `last` for which every region reports both production and consumption. */
function latestCommonYear(regions: readonly RegionalSeries[], last: number): number | undefined {
  if (regions.length === 0) return undefined;
  const yearsOf = (r: RegionalSeries) => new Set(r.balance.map((p) => p.year));
  const common = [...yearsOf(regions[0]!)].filter((y) => y <= last && regions.every((r) => yearsOf(r).has(y)));
  return common.length > 0 ? Math.max(...common) : undefined;
}
