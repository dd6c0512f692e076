// The regional figures of a report with regionalData: production and
// consumption value by region over the years, stacked like the value-by-segment
// figures, next to the existing production-versus-consumption balance.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type ChartFigure, type ChartRenderer } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import type { Model } from '../../src/types.js';
import { regionalModel } from './fixtures.js';
import { layoutText, overlaps, svgTexts } from './scene.js';

const MEASURES = ['production', 'consumption'] as const;

interface StackedSpec {
  data: { values: { year: string; part: string; order: number; value: number }[] };
  layer: { encoding: { y: { scale: { domain: number[] } }; color: { scale: { domain: string[]; range: string[] } } } }[];
}

const figureOf = (model: Model, id: string, redact = false): ChartFigure => chartCatalogue(model, { redact }).find((f) => f.id === id)!;
const stacked = (f: ChartFigure) => f.spec as unknown as StackedSpec;

describe('regional value figures', () => {
  let model: Model;
  let renderer: ChartRenderer;
  beforeAll(() => {
    model = regionalModel();
    renderer = createChartRenderer();
  });

  it('come with regional data, before the balance figure, and not without it', () => {
    const ids = chartCatalogue(model).map((f) => f.id);
    expect(ids.slice(-3)).toEqual(['regional-production', 'regional-consumption', 'regional-balance']);
    const without = buildModel({ ...model.dataset, regionalData: undefined });
    expect(chartCatalogue(without).map((f) => f.id).filter((id) => id.startsWith('regional'))).toEqual([]);
  });

  it.each(MEASURES)('%s: one bar segment per region and year, with the Model\'s values', (measure) => {
    const figure = figureOf(model, `regional-${measure}`);
    const rows = stacked(figure).data.values;
    const expected = model.regional!.flatMap((r, order) => r[measure].map((p) => ({ year: String(p.year), part: r.region, order, value: p.value })));
    expect(rows).toEqual(expected);
    const fmt = createFormatter(model);
    const years = model.regional![0]![measure].map((p) => p.year);
    expect(figure.caption).toBe(`${model.title} ${measure} value by region, ${fmt.span(years[0]!, years.at(-1)!)} (USD billion)`);
  });

  it('gives production and consumption one value axis, covering the taller stacks', () => {
    const [production, consumption] = MEASURES.map((m) => stacked(figureOf(model, `regional-${m}`)).layer[0]!.encoding.y.scale.domain);
    expect(production).toEqual(consumption);
    const tallest = Math.max(
      ...MEASURES.flatMap((m) => model.regional![0]![m].map((_, k) => model.regional!.reduce((sum, r) => sum + r[m][k]!.value, 0))),
    );
    expect(production![1]).toBeGreaterThanOrEqual(tallest);
    expect(production![0]).toBe(0);
  });

  it('colours each region as the region segmentation does, in both figures', () => {
    const segColors = stacked(figureOf(model, 'segment-value-region')).layer[0]!.encoding.color.scale;
    const colourOf = new Map(segColors.domain.map((name, i) => [name, segColors.range[i]]));
    for (const m of MEASURES) {
      const { domain, range } = stacked(figureOf(model, `regional-${m}`)).layer[0]!.encoding.color.scale;
      expect(domain).toEqual(model.regional!.map((r) => r.region));
      expect(range).toEqual(domain.map((name) => colourOf.get(name)));
    }
    // Regions the segmentation does not name take the palette in regional order instead.
    const renamed = buildModel({
      ...model.dataset,
      regionalData: { production: { Americas: [{ year: 2023, value: 1 }], EMEA: [{ year: 2023, value: 2 }] }, consumption: { Americas: [{ year: 2023, value: 1 }], EMEA: [{ year: 2023, value: 2 }] } },
    });
    const { range } = stacked(figureOf(renamed, 'regional-production')).layer[0]!.encoding.color.scale;
    expect(range).toEqual(stacked(figureOf(model, 'regional-production')).layer[0]!.encoding.color.scale.range.slice(0, 2));
  });

  it.each(MEASURES)('%s: the drawn chart has a bar per region and year, a legend, years and clean ticks', async (measure) => {
    const figure = figureOf(model, `regional-${measure}`);
    const { svg } = await renderer.svg(figure);
    const texts = svgTexts(svg);
    const years = model.regional![0]![measure].map((p) => String(p.year));
    expect(texts).toEqual(expect.arrayContaining([...years, ...model.regional!.map((r) => r.region), 'USD billion']));
    // Every region colour fills one bar per year plus its legend symbol.
    for (const colour of stacked(figure).layer[0]!.encoding.color.scale.range) {
      expect(svg.split(`fill="${colour}"`).length - 1, colour).toBe(years.length + 1);
    }
    // Value-axis ticks carry only the decimals they need ("2", not "2.00").
    expect(texts).toContain('0');
    expect(texts.filter((t) => /^\d+\.\d*0$/.test(t))).toEqual([]);
  });

  it.each([false, true])('lay out without colliding or escaping text (redacted: %s)', async (redact) => {
    for (const m of MEASURES) {
      const { width, height, boxes } = await layoutText(figureOf(model, `regional-${m}`, redact).spec);
      expect(overlaps(boxes).map(([a, b]) => `${a.text} x ${b.text}`)).toEqual([]);
      expect(boxes.filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > width + 0.5 || b.y2 > height + 0.5).map((b) => b.text)).toEqual([]);
    }
  });

  it('are drawn in full when redacted, axis numbers included: every year they show is the base year or earlier', async () => {
    expect(Math.max(...model.regional!.flatMap((r) => r.production.map((p) => p.year)))).toBeLessThanOrEqual(model.baseYear);
    for (const m of MEASURES) {
      const redacted = (await renderer.svg(figureOf(model, `regional-${m}`, true))).svg;
      expect(redacted, m).toBe((await renderer.svg(figureOf(model, `regional-${m}`))).svg);
      expect(svgTexts(redacted)).toContain('0');
    }
  });
});
