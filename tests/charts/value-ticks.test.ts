// Money value axes label their ticks with Formatter.axisValue ("2.5", "5"),
// while the value labels on bars keep Formatter.value ("5.90") so they match
// the tables. Percent axes are untouched ("10.0%").
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type ChartFigure } from '../../src/charts/index.js';
import { createFormatter, type Formatter } from '../../src/format/index.js';
import type { Model } from '../../src/types.js';
import { defaultModel, generatedModel, stressModel } from './fixtures.js';
import { svgTexts } from './scene.js';

const MONEY_AXES = /^(market-size|scenarios|segment-value-.*|regional-.*)$/;

/** The tick values of the figure's value axis, as the spec gives them to Vega. */
function ticksOf(figure: ChartFigure): number[] {
  const found: number[][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const axis = (node as { axis?: { values?: unknown } }).axis;
      if (axis && Array.isArray(axis.values) && typeof axis.values[0] === 'number') found.push(axis.values as number[]);
      Object.values(node).forEach(visit);
    }
  };
  visit(figure.spec);
  // Layers that share the value axis repeat its encoding (a label's backdrop comes first and decides the axes).
  const distinct = [...new Set(found.map((values) => JSON.stringify(values)))];
  expect(distinct, figure.id).toHaveLength(1);
  return JSON.parse(distinct[0]!) as number[];
}

describe.each([
  ['default', defaultModel],
  ['stress (de-DE, no decimals)', stressModel],
  // Seven growth ticks on a 210 px plot: more than Vega's own tick count for that height (ceil(h/40) = 6).
  ['generated 203-6 (pt-BR, growth within ±0.6%)', () => generatedModel(203, 6)],
])('value-axis ticks: %s', (_name, makeModel) => {
  let model: Model;
  let fmt: Formatter;
  beforeAll(() => {
    model = makeModel();
    fmt = createFormatter(model);
  });

  it('money axes print axisValue labels, percent axes percent labels', async () => {
    const renderer = createChartRenderer();
    const figures = chartCatalogue(model);
    expect(figures.filter((f) => MONEY_AXES.test(f.id)).length).toBeGreaterThanOrEqual(4);
    for (const figure of figures) {
      const ticks = ticksOf(figure);
      const texts = svgTexts((await renderer.svg(figure)).svg);
      const expected = ticks.map(MONEY_AXES.test(figure.id) ? fmt.axisValue : fmt.percent);
      expect(texts, figure.id).toEqual(expect.arrayContaining(expected));
    }
  });

  it('every tick keeps its grid line (Vega thins explicit values down to its own tick count unless told)', async () => {
    const renderer = createChartRenderer();
    for (const figure of chartCatalogue(model)) {
      const { svg } = await renderer.svg(figure);
      const grid = /role-axis-grid[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
      expect((grid.match(/<line /g) ?? []).length, figure.id).toBe(ticksOf(figure).length);
    }
  });
});

describe('value-axis ticks against value labels (default report, two decimals)', () => {
  it('ticks drop trailing zeros, bar labels keep the report\'s decimals', async () => {
    const model = defaultModel();
    const fmt = createFormatter(model);
    const figure = chartCatalogue(model).find((f) => f.id === 'market-size')!;
    const texts = svgTexts((await createChartRenderer().svg(figure)).svg);
    expect(texts).toEqual(expect.arrayContaining(['0', '2.5', '5', '7.5', '10']));
    expect(texts).not.toContain('5.00');
    // Every bar is labelled (13 years: no thinning) with value(), trailing zeros included, as in the tables.
    const labels = model.market.series.map((p) => fmt.value(p.value));
    expect(texts).toEqual(expect.arrayContaining(labels));
    expect(labels.some((v) => v.endsWith('0'))).toBe(true);
  });
});
