// Figures: production and consumption value by region over the years the
// regional series cover, as stacked bars like the value-by-segment figures.
// The two share one value axis so that, chapters apart, equal bar heights
// still mean equal values; and a region keeps one colour in both (the colour
// it has in the region segmentation's figures when the names match).
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { regionColors } from '../series-colors.js';
import { chartSpec, unitSuffix } from '../spec-base.js';
import type { YearValue } from '../../types.js';
import { shownInFull } from './held-back.js';
import { stackedYearsBody } from './stacked-years.js';

export type RegionalMeasure = 'production' | 'consumption';
const MEASURES: readonly RegionalMeasure[] = ['production', 'consumption'];

export function regionalValueFigure(ctx: ChartContext, measure: RegionalMeasure): ChartFigure | undefined {
  const { model, fmt } = ctx;
  // Regional series cover the history years; should one run past the base
  // year, a redacted figure still stops there (axis included).
  const cut = (s: readonly YearValue[]) => (ctx.redact ? s.filter((p) => p.year <= model.baseYear) : s);
  const regions = (model.regional ?? []).filter((r) => cut(r[measure]).length > 0);
  if (regions.length === 0) return undefined;
  const years = yearsOf(regions.map((r) => cut(r[measure])));
  const colors = regionColors(ctx.theme.palette, model.segmentations, regions.map((r) => r.region));
  // Stack heights only size the shared axis; no total is printed (the Model holds none).
  const all = model.regional ?? [];
  const stacks = MEASURES.flatMap((m) => stacksByYear(all.map((r) => cut(r[m]))));
  // Every year drawn is the base year or earlier: nothing is held back, so the axis keeps its numbers.
  const spec = chartSpec(ctx, stackedYearsBody(shownInFull(ctx), {
    years,
    parts: regions.map((r) => ({ name: r.region, color: colors.get(r.region)!, series: cut(r[measure]) })),
    max: Math.max(0, ...stacks.map((s) => s.up)),
    min: Math.min(0, ...stacks.map((s) => s.down)),
  }));
  return {
    id: `regional-${measure}`,
    kind: 'regional',
    caption: `${model.title} ${measure} value by region, ${fmt.span(years[0]!, years.at(-1)!)} ${unitSuffix(ctx)}`,
    spec,
  };
}

function yearsOf(series: readonly (readonly YearValue[])[]): number[] {
  return [...new Set(series.flatMap((s) => s.map((p) => p.year)))].sort((a, b) => a - b);
}

/** Per year, the top of the stacked positive values and the bottom of the negative ones. */
function stacksByYear(series: readonly (readonly YearValue[])[]): { up: number; down: number }[] {
  const byYear = new Map<number, { up: number; down: number }>();
  for (const p of series.flat()) {
    const stack = byYear.get(p.year) ?? { up: 0, down: 0 };
    if (p.value > 0) stack.up += p.value;
    else stack.down += p.value;
    byYear.set(p.year, stack);
  }
  return [...byYear.values()];
}
