// Regional production, consumption and their balance, over the years the
// dataset's regional series cover (its history years).
import type { RegionalSeries, YearValue } from '../../types.js';
import type { RenderContext } from '../context.js';
import { NO_FIGURE, type TableSpec } from './spec.js';

type Measure = 'production' | 'consumption' | 'balance';

function regionalTable(ctx: RenderContext, measure: Measure): TableSpec {
  const { model, fmt, view } = ctx;
  const regional = model.regional ?? [];
  const years = [...new Set(regional.flatMap((r) => r[measure].map((p) => p.year)))].sort((a, b) => a - b);
  const at = (series: readonly YearValue[], y: number) => series.find((x) => x.year === y)?.value;
  const cell = (r: RegionalSeries, y: number) => {
    const v = at(r[measure], y);
    if (v === undefined) return NO_FIGURE;
    if (measure !== 'balance') return view.value(v, y);
    // The difference of the production and consumption printed in the tables
    // before it, signed, with no sign on a balance that prints as zero; as the
    // prose and the workbook print it (Formatter.printedDifference).
    const balance = fmt.printedDifference(at(r.consumption, y)!, at(r.production, y)!);
    return view.shows(y) ? fmt.signedValue(balance) : view.value(balance, y);
  };
  return {
    columns: [
      { header: 'Region', align: 'left', width: '*' },
      ...years.map((y) => ({ header: String(y), align: 'right' as const, width: 'auto' as const })),
    ],
    rows: regional.map((r: RegionalSeries) => [r.region, ...years.map((y) => cell(r, y))]),
    note:
      measure === 'balance'
        ? `Production minus consumption, in ${fmt.unitLabel()}: positive values are a surplus, negative values a shortfall.`
        : `Values in ${fmt.unitLabel()}.`,
  };
}

export const regionalProductionTable = (ctx: RenderContext) => regionalTable(ctx, 'production');
export const regionalConsumptionTable = (ctx: RenderContext) => regionalTable(ctx, 'consumption');
export const regionalBalanceTable = (ctx: RenderContext) => regionalTable(ctx, 'balance');
