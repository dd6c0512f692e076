// The charts stage: Model -> Vega-Lite specs (chartCatalogue, pure) -> SVG and
// PNG (createChartRenderer, cached). Figure numbers belong to the report
// outline; a figure here has a stable id and a caption.
export type { ChartFigure, ChartKind, ChartOptions, ChartRenderer, Deliverable, RenderedChart } from './figure.js';
export { chartCatalogue } from './catalogue.js';
export { createChartRenderer, type ChartRendererOptions } from './renderer.js';
