// Figure: the forecast's low / base / high cases as a band around the base
// line, after the reported history. Redacted: the history line and, over the
// forecast years, a ghost panel saying the cases are held back.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { SCENARIO_LINES, scenarioLineStyles } from '../scenario-style.js';
import { chartSpec, unitSuffix, valueAxisSpec, valueScale, yearAxisSpec, type VlSpec } from '../spec-base.js';
import { resolutionOf, valueAxis, withHeadroom } from '../value-axis.js';
import { ghostMark, heldBackNote, noteLayer } from './held-back.js';
import { forecastDivider } from './year-bands.js';

// End labels closer than this (px) are pushed apart so they never overlap.
const MIN_LABEL_GAP = 12;

export function scenariosFigure(ctx: ChartContext): ChartFigure | undefined {
  const { model, fmt, theme, redact } = ctx;
  const scenarios = model.market.scenarios;
  if (!scenarios) return undefined;
  const { baseYear, forecastTo } = model;
  const history = model.market.series.filter((p) => p.year <= baseYear);
  const caption = `${model.title} forecast scenarios, ${fmt.span(model.firstYear, forecastTo)} ${unitSuffix(ctx)}`;
  if (redact) return { id: 'scenarios', kind: 'scenarios', caption, spec: chartSpec(ctx, redactedScenariosBody(ctx, history)) };
  const base = model.market.series.filter((p) => p.year >= baseYear);
  const lines = [
    ...history.map((p) => ({ year: String(p.year), series: 'Actual', value: p.value })),
    ...base.map((p) => ({ year: String(p.year), series: 'Base', value: p.value })),
    ...scenarios.low.series.map((p) => ({ year: String(p.year), series: 'Low', value: p.value })),
    ...scenarios.high.series.map((p) => ({ year: String(p.year), series: 'High', value: p.value })),
  ];
  const band = scenarios.low.series.map((p, i) => ({ year: String(p.year), low: p.value, high: scenarios.high.series[i]!.value }));
  const max = Math.max(...lines.map((r) => r.value));
  const axis = valueAxis({
    min: 0,
    max: withHeadroom(max, theme.plotHeight, 18),
    format: fmt.axisValue,
    resolution: resolutionOf(fmt.display.valueDecimals),
  });
  const endOf = (series: readonly { year: number; value: number }[]) => series.find((p) => p.year === forecastTo)?.value;
  const ends = [
    { name: 'High', value: endOf(scenarios.high.series) },
    { name: 'Base', value: endOf(base) },
    { name: 'Low', value: endOf(scenarios.low.series) },
  ].filter((e): e is { name: string; value: number } => e.value !== undefined);
  const endLabels = spreadLabels(ends, axis.domain[1], theme.plotHeight).map((e) => ({
    year: String(forecastTo),
    at: e.at,
    text: `${e.name} ${fmt.value(e.value)}`,
  }));
  const x = { field: 'year', type: 'ordinal', scale: { type: 'point', domain: model.years.map(String), padding: 0.3 }, axis: yearAxisSpec(model.years, model.baseYear) };
  const { palette } = theme;
  const style = scenarioLineStyles(palette);
  const spec = chartSpec(ctx, {
    height: theme.plotHeight,
    layer: [
      {
        data: { values: band },
        mark: { type: 'area', color: palette.band, opacity: 1 },
        encoding: {
          x,
          y: { field: 'low', type: 'quantitative', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, fmt.unitLabel()) },
          y2: { field: 'high' },
        },
      },
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: { field: 'year', type: 'ordinal' },
          y: { field: 'value', type: 'quantitative' },
          detail: { field: 'series', type: 'nominal' },
          color: { field: 'series', type: 'nominal', scale: { domain: [...SCENARIO_LINES], range: SCENARIO_LINES.map((l) => style[l].color) }, legend: null },
          strokeDash: { field: 'series', type: 'nominal', scale: { domain: [...SCENARIO_LINES], range: SCENARIO_LINES.map((l) => [...style[l].strokeDash]) }, legend: null },
        },
      },
      {
        data: { values: endLabels },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: theme.labelSize, color: palette.text },
        encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'at', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
      ...forecastDivider(ctx, model.years, 'point'),
    ],
  });
  return { id: 'scenarios', kind: 'scenarios', caption, spec };
}

/**
 * The history line, then a ghost panel from the base year to the last year
 * with the note in its middle. The value axis is sized by the history alone:
 * a domain taken from the cases would tell how high they go.
 */
function redactedScenariosBody(ctx: ChartContext, history: readonly { year: number; value: number }[]): VlSpec {
  const { model, fmt, theme } = ctx;
  const { baseYear, forecastTo } = model;
  const axis = valueAxis({
    min: 0,
    max: withHeadroom(Math.max(...history.map((p) => p.value)), theme.plotHeight, 18),
    format: fmt.axisValue,
    resolution: resolutionOf(fmt.display.valueDecimals),
  });
  const x = { field: 'year', type: 'ordinal', scale: { type: 'point', domain: model.years.map(String), padding: 0.3 }, axis: yearAxisSpec(model.years, model.baseYear) };
  const [from, to] = [String(baseYear), String(forecastTo)];
  const title = baseYear + 1 === forecastTo ? `Scenarios ${forecastTo}` : `Scenarios ${fmt.span(baseYear + 1, forecastTo)}`;
  return {
    height: theme.plotHeight,
    layer: [
      {
        data: { values: history.map((p) => ({ year: String(p.year), value: p.value })) },
        mark: { type: 'line', strokeWidth: 2, color: theme.palette.brand },
        encoding: { x, y: { field: 'value', type: 'quantitative', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, fmt.unitLabel()) } },
      },
      ...(baseYear < forecastTo
        ? [
            {
              data: { values: [{}] },
              mark: ghostMark(ctx, 'rect'),
              encoding: { x: { datum: from, type: 'ordinal' }, x2: { datum: to }, y: { value: 0 }, y2: { value: theme.plotHeight } },
            },
            noteLayer(ctx, heldBackNote(ctx, title), {
              // The middle of the panel: halfway between the two years' points on the shared x scale.
              x: { value: { expr: `(scale('x', ${JSON.stringify(from)}) + scale('x', ${JSON.stringify(to)})) / 2` } },
              y: { value: theme.plotHeight / 2 },
            }),
          ]
        : []),
    ],
  };
}

/**
 * Label positions (in data units) for values sorted high to low, moved apart
 * so that neighbours are at least MIN_LABEL_GAP px apart on a plot of
 * `plotPx` whose value axis runs from 0 to `domainMax`.
 */
export function spreadLabels<T extends { value: number }>(items: readonly T[], domainMax: number, plotPx: number): (T & { at: number })[] {
  const pxPerUnit = plotPx / domainMax;
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const ats: number[] = [];
  for (const item of sorted) {
    const prev = ats[ats.length - 1];
    ats.push(prev === undefined ? item.value : Math.min(item.value, prev - MIN_LABEL_GAP / pxPerUnit));
  }
  return sorted.map((item, i) => ({ ...item, at: ats[i]! }));
}
