// The free sample's charts print no figure from the forecast: no value tick
// labels, no value labels, no CAGR numbers. (That no figure can be measured
// off their geometry either is redaction-geometry.test.ts.) A chart of
// base-year figures only holds nothing back and is drawn in full.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type ChartRenderer } from '../../src/charts/index.js';
import { createFormatter } from '../../src/format/index.js';
import type { Model } from '../../src/types.js';
import { defaultModel, stressModel } from './fixtures.js';
import { svgTexts } from './scene.js';

/** Every forecast figure the report prints, formatted exactly as the report prints it. */
function formattedForecastFigures(model: Model): Set<string> {
  const fmt = createFormatter(model);
  const after = (p: { year: number }) => p.year > model.baseYear;
  const values = [
    ...model.market.series.filter(after).map((p) => p.value),
    ...model.segmentations.flatMap((s) => s.segments.flatMap((seg) => seg.series.filter(after).map((p) => p.value))),
    ...(model.market.scenarios ? [model.market.scenarios.low, model.market.scenarios.high].flatMap((s) => s.series.filter(after).map((p) => p.value)) : []),
  ];
  const rates = [
    model.market.cagr,
    model.market.spans.forecast.cagr,
    model.market.spans.full.cagr,
    ...model.market.yoy.filter(after).map((p) => p.growth),
    ...model.segmentations.flatMap((s) => s.segments.map((seg) => seg.cagr)),
    ...(model.market.scenarios ? [model.market.scenarios.low.cagr, model.market.scenarios.high.cagr] : []),
  ];
  return new Set([...values.map(fmt.value), ...rates.map(fmt.percent), ...rates.map(fmt.signedPercent)]);
}

/** Figures of values of the base year or earlier only: a redacted deliverable holds nothing in them back. */
const SHOWN_IN_FULL = /^(segment-share-.*|company-share|regional-.*)$/;

describe.each([
  ['default', defaultModel],
  ['stress', stressModel],
])('redacted charts: %s', (_name, makeModel) => {
  let model: Model;
  let renderer: ChartRenderer;
  beforeAll(() => {
    model = makeModel();
    renderer = createChartRenderer();
  });

  it('show none of the formatted forecast figures, which the full charts do show', async () => {
    const figures = formattedForecastFigures(model);
    const fullTexts = new Set<string>();
    for (const figure of chartCatalogue(model)) for (const t of svgTexts((await renderer.svg(figure)).svg)) fullTexts.add(t);
    // The test can fail: the unredacted charts print forecast figures.
    expect([...figures].filter((f) => [...fullTexts].some((t) => t.includes(f))).length).toBeGreaterThan(5);
    // (A chart drawn in full prints base-year shares and axis ticks, which may
    // read like a forecast figure: the next test checks it is the full report's.)
    for (const figure of chartCatalogue(model, { redact: true }).filter((f) => !SHOWN_IN_FULL.test(f.id))) {
      const texts = svgTexts((await renderer.svg(figure)).svg);
      const leaked = texts.filter((t) => [...figures].some((f) => t.includes(f)));
      expect(leaked, figure.id).toEqual([]);
    }
  });

  it('draw a chart of base-year (or earlier) figures only as the full report does: axis numbers and value labels', async () => {
    const full = new Map(chartCatalogue(model).map((f) => [f.id, f]));
    const shown = chartCatalogue(model, { redact: true }).filter((f) => SHOWN_IN_FULL.test(f.id));
    // Every segmentation's share chart, the company share chart; the stress dataset's regional charts too.
    const companyChart = model.companies.list.some((c) => c.share !== undefined) ? 1 : 0;
    expect(companyChart).toBe(1);
    expect(shown.length).toBe(model.segmentations.length + companyChart + (model.regional ? 3 : 0));
    const fmt = createFormatter(model);
    for (const figure of shown) {
      const svg = (await renderer.svg(figure)).svg;
      expect(svg, figure.id).toBe((await renderer.svg(full.get(figure.id)!)).svg);
      expect(svgTexts(svg).filter((t) => /\d/.test(t.replace(/\b(19|20)\d\d\b/g, ''))).length, figure.id).toBeGreaterThan(2);
      // Every segment's base-year share is printed beside its bar.
      const seg = model.segmentations.find((s) => figure.id === `segment-share-${s.id}`);
      for (const s of seg?.segments ?? []) expect(svgTexts(svg), `${figure.id}: ${s.name}`).toContain(fmt.percent(s.baseShare));
      // And every named company's.
      const named = figure.id === 'company-share' ? model.companies.list.filter((c) => c.rank !== undefined && c.rank <= 10) : [];
      for (const c of named) expect(svgTexts(svg), `${figure.id}: ${c.name}`).toContain(fmt.percent(c.share!));
    }
  });

  it('carry no numbers at all except years and year spans where they hold a figure back', async () => {
    for (const figure of chartCatalogue(model, { redact: true }).filter((f) => !SHOWN_IN_FULL.test(f.id))) {
      const texts = svgTexts((await renderer.svg(figure)).svg);
      const withNumbers = texts.map((t) => t.replace(/\b(19|20)\d\d\b/g, '')).filter((t) => /\d/.test(t));
      expect(withNumbers, figure.id).toEqual([]);
      // Still a chart: the redacted SVG draws marks (reported years, ghost bars).
      expect((await renderer.svg(figure)).svg).toMatch(/<path/);
    }
  });
});
