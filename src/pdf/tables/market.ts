// Tables of the whole market: size by year, scenarios, published figures.
import type { RenderContext } from '../context.js';
import { NO_FIGURE, type TableSpec } from './spec.js';

export function marketSizeTable(ctx: RenderContext): TableSpec {
  const { model, fmt, view } = ctx;
  const growth = new Map(model.market.yoy.map((g) => [g.year, g.growth]));
  return {
    columns: [
      { header: 'Year', align: 'left', width: 'auto' },
      { header: `Market size (${fmt.unitLabel()})`, align: 'right' },
      { header: 'Year-over-year growth', align: 'right' },
      { header: 'Status', align: 'left' },
    ],
    rows: model.market.series.map((p) => {
      const g = growth.get(p.year);
      return [String(p.year), view.value(p.value, p.year), g === undefined ? NO_FIGURE : view.signedPercent(g, p.year), p.actual ? 'Actual' : 'Forecast'];
    }),
    note: `Values up to ${model.baseYear} are actual; later values are forecasts.`,
  };
}

export function scenariosTable(ctx: RenderContext): TableSpec {
  const { model, fmt, view } = ctx;
  const scenarios = model.market.scenarios;
  if (!scenarios) throw new Error('scenarios table without scenarios (the outline should have dropped it)');
  const at = (series: readonly { year: number; value: number }[], year: number) => series.find((p) => p.year === year)!.value;
  const years = scenarios.low.series.map((p) => p.year);
  return {
    columns: [
      { header: 'Year', align: 'left', width: 'auto' },
      { header: `Low case (${fmt.unitLabel()})`, align: 'right' },
      { header: `Base case (${fmt.unitLabel()})`, align: 'right' },
      { header: `High case (${fmt.unitLabel()})`, align: 'right' },
    ],
    rows: [
      ...years.map((y) => [String(y), view.value(at(scenarios.low.series, y), y), view.value(at(model.market.series, y), y), view.value(at(scenarios.high.series, y), y)]),
      [
        `CAGR ${fmt.span(model.baseYear, model.forecastTo)}`,
        view.percent(scenarios.low.cagr, model.forecastTo),
        view.percent(model.market.cagr, model.forecastTo),
        view.percent(scenarios.high.cagr, model.forecastTo),
      ],
    ],
    emphasis: [years.length],
  };
}

export function publishedCheckTable(ctx: RenderContext): TableSpec {
  const { model, fmt, view } = ctx;
  return {
    columns: [
      { header: 'Year', align: 'left', width: 'auto' },
      { header: 'Source', align: 'left', width: '*' },
      { header: `Published (${fmt.unitLabel()})`, align: 'right', width: 'auto' },
      { header: `Computed (${fmt.unitLabel()})`, align: 'right', width: 'auto' },
      { header: 'Difference', align: 'right', width: 'auto' },
    ],
    rows: model.market.published.map((p) => [
      String(p.year),
      p.source,
      view.value(p.value, p.year),
      view.value(p.computed, p.year),
      view.signedPercent(p.deviation, p.year),
    ]),
  };
}
