// A stand-in chart catalogue and renderer with the charts module's interface:
// one small SVG (a bar and its caption in Roboto) per chart id the report uses.
// Lets the PDF tests run without rendering Vega charts.
import type { ChartFigure, ChartRenderer, RenderedChart } from '../../src/charts/index.js';
import type { Model } from '../../src/types.js';

export function stubCatalogue(model: Model): ChartFigure[] {
  const figures: ChartFigure[] = [
    { id: 'market-size', caption: `Market size, ${model.firstYear}–${model.forecastTo}`, kind: 'market-size', spec: {} },
    { id: 'market-growth', caption: 'Year-over-year growth', kind: 'market-growth', spec: {} },
    { id: 'company-share', caption: `Company market share, ${model.baseYear}`, kind: 'company-share', spec: {} },
  ];
  if (model.market.scenarios) figures.push({ id: 'scenarios', caption: 'Forecast scenarios', kind: 'scenarios', spec: {} });
  for (const s of model.segmentations) {
    figures.push(
      { id: `segment-share-${s.id}`, caption: `Share by ${s.title.toLowerCase()}, ${model.baseYear}`, kind: 'segment-share', segmentationId: s.id, spec: {} },
      { id: `segment-value-${s.id}`, caption: `Value by ${s.title.toLowerCase()}`, kind: 'segment-value', segmentationId: s.id, spec: {} },
      { id: `segment-cagr-${s.id}`, caption: `CAGR by ${s.title.toLowerCase()}`, kind: 'segment-cagr', segmentationId: s.id, spec: {} },
    );
  }
  if (model.regional) {
    figures.push({ id: 'regional-production', caption: 'Production value by region', kind: 'regional', spec: {} });
    figures.push({ id: 'regional-consumption', caption: 'Consumption value by region', kind: 'regional', spec: {} });
    figures.push({ id: 'regional-balance', caption: 'Production and consumption by region', kind: 'regional', spec: {} });
  }
  return figures;
}

export function stubRenderer(): ChartRenderer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async svg(figure: ChartFigure): Promise<RenderedChart> {
      calls.push(figure.id);
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300">` +
        `<rect x="40" y="40" width="520" height="200" fill="#9fb8d0"/>` +
        `<text x="300" y="275" font-family="Roboto" font-size="14" text-anchor="middle">chart ${figure.id}</text></svg>`;
      return { ...figure, svg, width: 600, height: 300 };
    },
    async png(): Promise<Uint8Array> {
      throw new Error('the PDF uses SVG only');
    },
  };
}
