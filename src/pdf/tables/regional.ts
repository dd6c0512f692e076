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
  const cell = (series: readonly YearValue[], y: number) => {
    const p = series.find((x) => x.year === y);
    if (!p) return NO_FIGURE;
    return measure === 'balance' && p.value > 0 ? `+${view.value(p.value, y)}` : view.value(p.value, y);
  };
  return {
    columns: [
      { header: 'Region', align: 'left', width: '*' },
      ...years.map((y) => ({ header: String(y), align: 'right' as const, width: 'auto' as const })),
    ],
    rows: regional.map((r: RegionalSeries) => [r.region, ...years.map((y) => cell(r[measure], y))]),
    note:
      measure === 'balance'
        ? `Production minus consumption, in ${fmt.unitLabel()}: positive values are a surplus, negative values a shortfall.`
        : `Values in ${fmt.unitLabel()}.`,
  };
}

export const regionalProductionTable = (ctx: RenderContext) => regionalTable(ctx, 'production');
export const regionalConsumptionTable = (ctx: RenderContext) => regionalTable(ctx, 'consumption');
export const regionalBalanceTable = (ctx: RenderContext) => regionalTable(ctx, 'balance');
