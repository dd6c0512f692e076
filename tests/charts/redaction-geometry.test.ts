// Issue 7's leak: a redacted chart with no numbers on it still gave away every
// forecast, because its bars were drawn at their true heights and one public
// bar fixes the scale. The fix is checked the way an attacker would work: two
// datasets with the same history but different forecasts (market rate,
// segment rates, scenario spreads) must give byte-identical redacted SVGs, so
// nothing in them, from bar heights to axis domains to the order of the
// segments, depends on a held-back figure. Unredacted, the same figures do
// differ, so the comparison can fail. And the reported years are still drawn
// to scale.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type ChartFigure, type ChartRenderer } from '../../src/charts/index.js';
import { createChartContext } from '../../src/charts/context.js';
import { heldBackStyle } from '../../src/charts/specs/held-back.js';
import { segmentColors } from '../../src/charts/series-colors.js';
import { buildModel } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { stressDatasetJson } from './fixtures.js';

interface ForecastInputs {
  market: { forecast: { cagr: number }; scenarios?: { low: number; high: number }; published?: { year: number }[] };
  segmentations: { segments: { cagr?: number }[] }[];
  baseYear: number;
}

/**
 * The same dataset with another forecast: a much faster market, segment rates
 * reassigned so that their ranking changes, wider scenarios. Published
 * forecast figures would now fail the 1 % check, so they go; the history stays.
 */
function otherForecast<T extends object>(dataset: T): T {
  const d = structuredClone(dataset) as T & ForecastInputs;
  d.market.forecast.cagr = d.market.forecast.cagr === 0.15 ? 0.095 : 0.15;
  if (d.market.scenarios) d.market.scenarios = { low: -0.05, high: 0.04 };
  if (d.market.published) d.market.published = d.market.published.filter((p) => p.year <= d.baseYear);
  // Spread around the new market rate: rates that imply another market growth are rejected by validation.
  const rate = d.market.forecast.cagr;
  for (const seg of d.segmentations) seg.segments.forEach((s, i) => (s.cagr = rate - 0.03 + 0.015 * ((seg.segments.length - i) % 5)));
  return d;
}

function validModel(json: unknown): Model {
  const result = validateDataset(json, 'variant.json');
  if (!result.value) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return buildModel(result.value);
}

/** Figure ids whose full (unredacted) version shows forecast figures. */
const FORECAST_FIGURE = /^(market-size|market-growth|scenarios|segment-value-.*|segment-cagr-.*)$/;

const cases: [string, () => Model, () => Model][] = [
  ['default dataset', () => validModel(defaultDataset()), () => validModel(otherForecast(defaultDataset() as Dataset & object))],
  ['stress dataset (24 years, a fall, de-DE, 14 segments, regional data)', () => validModel(stressDatasetJson()), () => validModel(otherForecast(stressDatasetJson()))],
];

describe.each(cases)('redacted chart geometry: %s', (_name, makeA, makeB) => {
  let a: Model;
  let b: Model;
  let renderer: ChartRenderer;
  const svgOf = async (figure: ChartFigure) => (await renderer.svg(figure)).svg;

  beforeAll(() => {
    a = makeA();
    b = makeB();
    renderer = createChartRenderer();
  });

  it('the two datasets share their history and differ in every forecast', () => {
    const upTo = (m: Model) => m.market.series.filter((p) => p.year <= m.baseYear);
    expect(upTo(b)).toEqual(upTo(a));
    expect(b.market.milestones.end.value).not.toBeCloseTo(a.market.milestones.end.value, 1);
    const ranking = (m: Model) => m.segmentations.map((s) => [...s.segments].sort((x, y) => y.cagr - x.cagr).map((x) => x.name));
    expect(ranking(b)).not.toEqual(ranking(a));
  });

  it('redacted: the same specs and byte-identical SVGs whatever the forecast', async () => {
    const [redA, redB] = [chartCatalogue(a, { redact: true }), chartCatalogue(b, { redact: true })];
    expect(redB.map((f) => f.id)).toEqual(redA.map((f) => f.id));
    for (const [i, figure] of redA.entries()) {
      expect(redB[i]!.spec, figure.id).toEqual(figure.spec);
      expect(await svgOf(redB[i]!), figure.id).toBe(await svgOf(figure));
    }
  });

  it('unredacted: the forecast figures do differ (so the comparison above can fail)', async () => {
    const fullB = new Map(chartCatalogue(b).map((f) => [f.id, f]));
    const forecastFigures = chartCatalogue(a).filter((f) => FORECAST_FIGURE.test(f.id));
    expect(forecastFigures.length).toBeGreaterThanOrEqual(8);
    for (const figure of forecastFigures) expect(await svgOf(fullB.get(figure.id)!), figure.id).not.toBe(await svgOf(figure));
  });

  it('draws the reported years to scale and one ghost bar per held-back year', async () => {
    const figure = chartCatalogue(a, { redact: true }).find((f) => f.id === 'market-size')!;
    const svg = await svgOf(figure);
    const ctx = createChartContext(a, true);
    const reported = a.market.series.filter((p) => p.year <= a.baseYear);
    const heldBack = a.market.series.filter((p) => p.year > a.baseYear);
    // Plot marks are paths "M x,y h w v h h -w Z"; legend symbols carry a transform and are left out.
    const bars = (fill: string) =>
      [...svg.matchAll(new RegExp(`<path d="M[\\d.]+,[\\d.]+h[\\d.]+v([\\d.]+)h-[\\d.]+Z" fill="${fill}"`, 'g'))].map((m) => Number(m[1]));
    const actual = bars(ctx.theme.palette.brand);
    expect(actual).toHaveLength(reported.length);
    // Heights in proportion to the public values (to the 0.01 px the SVG keeps).
    actual.forEach((h, i) => expect(h / actual.at(-1)!).toBeCloseTo(reported[i]!.value / reported.at(-1)!.value, 3));
    const ghosts = bars(heldBackStyle(ctx).fill);
    expect(ghosts).toHaveLength(heldBack.length);
    expect(new Set(ghosts).size).toBe(1);
    expect(svg).toContain('held back in this sample');
  });

  it('stacks every segment in the reported years, to scale, as the sample\'s value table prints them', async () => {
    // The years up to the base year split the actual totals by base-year share
    // (forecast/segments.ts), nothing held back; a grey market-total bar in
    // their place hid figures the table below the chart prints anyway.
    const ctx = createChartContext(a, true);
    const reported = a.years.filter((y) => y <= a.baseYear);
    for (const seg of a.segmentations) {
      const svg = await svgOf(chartCatalogue(a, { redact: true }).find((f) => f.id === `segment-value-${seg.id}`)!);
      const colors = segmentColors(ctx.theme.palette, seg);
      const unique = seg.segments.filter((s) => seg.segments.filter((o) => colors.get(o.name) === colors.get(s.name)).length === 1);
      expect(unique.length, seg.id).toBeGreaterThanOrEqual(Math.min(seg.segments.length, 3));
      const heights = (color: string) =>
        [...svg.matchAll(new RegExp(`<path d="M[\\d.]+,[\\d.]+h[\\d.]+v([\\d.]+)h-[\\d.]+Z" fill="${color}"`, 'g'))].map((m) => Number(m[1]));
      const drawn = unique.map((s) => ({ heights: heights(colors.get(s.name)!), values: reported.map((y) => s.series.find((p) => p.year === y)!.value) }));
      for (const [i, d] of drawn.entries()) expect(d.heights, `${seg.id}: ${unique[i]!.name}`).toHaveLength(reported.length);
      // One scale for every bar (to the 0.01 px the SVG keeps), fixed by the tallest.
      const all = drawn.flatMap((d) => d.heights.map((h, k) => ({ h, v: d.values[k]! })));
      const top = all.reduce((x, y) => (y.h > x.h ? y : x));
      for (const { h, v } of all) expect(Math.abs(h - (v * top.h) / top.v), seg.id).toBeLessThan(0.02);
    }
  });

  it('writes every coordinate with at most two decimals, redacted or not', async () => {
    for (const redact of [true, false]) {
      for (const figure of chartCatalogue(a, { redact })) {
        const tags = (await svgOf(figure)).match(/<[^>]*>/g) ?? [];
        const long = tags.filter((t) => /\s(d|transform|x|y|x1|x2|y1|y2|width|height|viewBox)="[^"]*\d\.\d{3}/.test(t));
        expect(long.slice(0, 3), `${figure.id}${redact ? ' (redacted)' : ''}`).toEqual([]);
      }
    }
  });
});
