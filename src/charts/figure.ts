// The charts stage's boundary types (re-exported by index.ts).
import type { Deliverable } from './context.js';

export type { Deliverable } from './context.js';

export interface ChartOptions {
  /**
   * For the free sample and the web excerpt: value axes and labels carry no
   * numbers, the reported years are drawn as usual and the forecast years as
   * fixed "held back" ghost marks, so no figure after the base year can be
   * read or measured off the chart.
   */
  readonly redact?: boolean;
  /**
   * What the figures are for; a redacted figure's note says where its held-back
   * figures are. Defaults to 'sample' when redacted, else 'report'.
   */
  readonly deliverable?: Deliverable;
}

export type ChartKind =
  | 'market-size'
  | 'market-growth'
  | 'segment-share'
  | 'segment-value'
  | 'segment-cagr'
  | 'company-share'
  | 'scenarios'
  | 'regional';

export interface ChartFigure {
  /**
   * Stable across runs and datasets: 'market-size', 'market-growth', 'scenarios',
   * 'company-share', `segment-share-${segId}`, `segment-value-${segId}`,
   * `segment-cagr-${segId}`, 'regional-production', 'regional-consumption', 'regional-balance'.
   */
  readonly id: string;
  /** "Medical Second Opinion Market size, 2018–2030 (USD billion)"; the outline adds "Figure 3.2: ". */
  readonly caption: string;
  readonly kind: ChartKind;
  readonly segmentationId?: string;
  /** The Vega-Lite spec: a pure function of the Model and the options. */
  readonly spec: object;
}

export interface RenderedChart extends ChartFigure {
  readonly svg: string;
  /** Size of the SVG in px (1 px = 1 pt when placed in the PDF). */
  readonly width: number;
  readonly height: number;
}

export interface ChartRenderer {
  svg(figure: ChartFigure): Promise<RenderedChart>;
  /** PNG at 2x the SVG size, drawn by resvg with the bundled Roboto only. */
  png(figure: ChartFigure): Promise<Uint8Array>;
}
