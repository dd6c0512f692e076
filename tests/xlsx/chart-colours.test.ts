// A sheet's native (editable) charts colour every segment, region, company
// and actual/forecast bar as the report's chart pictures beside them do: one
// palette for both, or a reader matches the two charts by colour and is misled.
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, type ChartFigure } from '../../src/charts/index.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook, type ChartImage } from '../../src/xlsx/index.js';
import { planSheets, routeImage } from '../../src/xlsx/plan.js';
import { defaultModel, drawingsBySheet, readZip, regionalModel, seriesColours, tinyPng, type SheetDrawing } from './fixtures.js';

interface Built {
  readonly model: Model;
  readonly drawings: Map<string, SheetDrawing>;
  /** Sheet name -> the figures whose pictures sit on it. */
  readonly pictures: Map<string, ChartFigure[]>;
}

async function build(model: Model): Promise<Built> {
  const figures = chartCatalogue(model);
  const png = tinyPng(30, 20);
  const images: ChartImage[] = figures.map((f) => ({ id: f.id, caption: f.caption, png, width: 600, height: 400 }));
  const zip: JSZip = await readZip(await renderWorkbook(model, { chartImages: images }));
  const plan = planSheets(model, images);
  const pictures = new Map<string, ChartFigure[]>();
  for (const f of figures) {
    const sheet = routeImage(f.id, plan) ?? plan.figures!;
    pictures.set(sheet, [...(pictures.get(sheet) ?? []), f]);
  }
  return { model, drawings: await drawingsBySheet(zip), pictures };
}

/** Every colour scale in a figure's spec, as name -> RRGGBB (the form a chart part writes). */
function pictureColours(figure: ChartFigure): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const scale = (node as { color?: { scale?: { domain?: unknown; range?: unknown } } }).color?.scale;
    const { domain, range } = scale ?? {};
    if (Array.isArray(domain) && Array.isArray(range)) {
      domain.forEach((name, i) => out.set(String(name), String(range[i]).replace('#', '').toUpperCase()));
    }
    Object.values(node).forEach(visit);
  };
  visit(figure.spec);
  return out;
}

/** Checks `name` is drawn in `color` in every picture of the sheet that draws it; returns how many did. */
function expectSameColour(pictures: readonly ChartFigure[], name: string, color: string, where: string): number {
  let seen = 0;
  for (const f of pictures) {
    const picture = pictureColours(f).get(name);
    if (picture === undefined) continue;
    expect(color, `${where}: "${name}" in the native chart vs picture ${f.id}`).toBe(picture);
    seen += 1;
  }
  return seen;
}

describe('native chart colours match the chart pictures on the same sheet', () => {
  let plain: Built;
  let regional: Built;
  beforeAll(async () => {
    [plain, regional] = await Promise.all([build(defaultModel()), build(regionalModel())]);
  });

  it('for every segment of every segmentation sheet', () => {
    for (const seg of plain.model.segmentations) {
      const sheet = `By ${seg.title}`;
      const [chart, ...more] = plain.drawings.get(sheet)!.charts;
      expect(more, sheet).toEqual([]);
      const series = seriesColours(chart!);
      expect(series.map((s) => s.name)).toEqual(seg.segments.map((s) => s.name));
      // Value, share and CAGR pictures: each draws every segment.
      for (const s of series) expect(expectSameColour(plain.pictures.get(sheet)!, s.name, s.color, sheet), `${sheet}: ${s.name}`).toBe(3);
    }
  });

  it('for every region of the production and consumption sheets', () => {
    for (const sheet of ['Production by region', 'Consumption by region']) {
      const [chart] = regional.drawings.get(sheet)!.charts;
      const series = seriesColours(chart!);
      expect(series.map((s) => s.name)).toEqual(regional.model.regional!.map((r) => r.region));
      for (const s of series) expect(expectSameColour(regional.pictures.get(sheet)!, s.name, s.color, sheet), `${sheet}: ${s.name}`).toBe(1);
    }
  });

  it('for the actual and forecast bars of the market size chart', () => {
    const { model } = plain;
    const [size] = seriesColours(plain.drawings.get('Market size')!.charts[0]!);
    expect(size!.name).toBe('Market size');
    const picture = pictureColours(plain.pictures.get('Market size')!.find((f) => f.id === 'market-size')!);
    expect(size!.color).toBe(picture.get('Actual'));
    model.market.series.forEach((p, i) => expect(size!.points.get(i) ?? size!.color, String(p.year)).toBe(picture.get(p.actual ? 'Actual' : 'Forecast')));
  });

  it('for the low, base and high cases of the scenario chart, the low and high in the tint of the band edges', () => {
    const picture = plain.pictures.get('Market size')!.find((f) => f.id === 'scenarios')!;
    const colours = pictureColours(picture);
    const chart = plain.drawings.get('Market size')!.charts.find((c) => c.includes('<c:lineChart>'))!;
    const series = seriesColours(chart);
    expect(series.map((s) => s.name)).toEqual(['Low case', 'Base case', 'High case']);
    const inPicture = ['Low', 'Base', 'High'];
    series.forEach((s, i) => expect(s.color, s.name).toBe(colours.get(inPicture[i]!)));
  });

  // The picture labels the low and high lines at their ends; the native chart
  // has only its legend, and there the two edges, drawn alike (same tint, same
  // dots, same circles), could not be told apart.
  it('with low, base and high told apart in the legend by their line and marker', () => {
    const chart = plain.drawings.get('Market size')!.charts.find((c) => c.includes('<c:lineChart>'))!;
    const looks = [...chart.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => {
      const line = /<c:spPr><a:ln [^>]*>(.*?)<\/a:ln><\/c:spPr>/.exec(m[0])![1]!;
      return {
        dash: /<a:prstDash val="(\w+)"\/>/.exec(line)?.[1] ?? 'solid',
        marker: /<c:marker><c:symbol val="(\w+)"\/>/.exec(m[0])?.[1] ?? 'none',
      };
    });
    expect(looks).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        expect(looks[i]!.dash, `dash of series ${i} vs ${j}`).not.toBe(looks[j]!.dash);
        expect(looks[i]!.marker, `marker of series ${i} vs ${j}`).not.toBe(looks[j]!.marker);
      }
    }
    // None solid: the picture draws the reported history solid, and no scenario line.
    expect(looks.every((l) => l.dash !== 'solid'), JSON.stringify(looks)).toBe(true);
  });

  it("for every company bar of the share chart, in the brand colour", () => {
    const [shares] = seriesColours(plain.drawings.get('Companies')!.charts[0]!);
    const pictures = plain.pictures.get('Companies')!;
    const seen = shares!.categories.reduce((n, company) => n + expectSameColour(pictures, company, shares!.points.get(shares!.categories.indexOf(company)) ?? shares!.color, 'Companies'), 0);
    expect(seen).toBeGreaterThan(0);
  });
});
