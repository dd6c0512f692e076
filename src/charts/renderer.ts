// createChartRenderer: figure -> SVG / PNG through the content-hash cache.
// Creating a renderer loads Roboto once and points Vega's text measurement
// at it; a renderer is meant to live for the process (or the batch worker).
import * as vega from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import { canonicalJson } from '../canonical-json.js';
import { libraryVersion } from '../render-fingerprint.js';
import { contentHash, createRenderCache } from './cache.js';
import type { ChartFigure, ChartRenderer, RenderedChart } from './figure.js';
import { FONT_FACES } from './fonts.js';
import { PNG_DEFLATE_LEVEL } from './png-encode.js';
import { pngOptions, PNG_SCALE, renderPng } from './render-png.js';
import { renderSvg, svgSize } from './render-svg.js';
import { installTextMetrics, sharedTextMeasurer, TEXT_METRICS_VERSION } from './text-metrics.js';

export interface ChartRendererOptions {
  /** Folder for the on-disk cache (SVG and PNG files named by content hash). */
  readonly cacheDir?: string;
  /** In-memory entries per kind (default 256). */
  readonly maxEntries?: number;
}

/** Bumped when this module changes what a given spec renders to. */
const RENDERER_VERSION = 'charts-3';

export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const measurer = sharedTextMeasurer();
  installTextMetrics(measurer);
  const cache = createRenderCache(options);
  const resvgOptions = pngOptions(measurer.fontBytes);
  const fingerprint = contentHash([
    RENDERER_VERSION,
    TEXT_METRICS_VERSION,
    `vega ${vega.version}`,
    `vega-lite ${vegaLiteVersion}`,
    `resvg-wasm ${libraryVersion('@resvg/resvg-wasm')}`,
    `png x${PNG_SCALE} deflate ${PNG_DEFLATE_LEVEL} zlib ${process.versions.zlib}`,
    ...FONT_FACES.map((face) => measurer.fontBytes[face]),
  ]);
  const keyOf = (figure: ChartFigure) => contentHash([fingerprint, canonicalJson(figure.spec)]);
  const svgOf = (key: string, figure: ChartFigure) =>
    cache.svg(key, async () => {
      // Re-install in case another library in this process replaced Vega's measurement since.
      installTextMetrics(measurer);
      return (await renderSvg(figure.spec)).svg;
    });

  return {
    async svg(figure): Promise<RenderedChart> {
      const svg = await svgOf(keyOf(figure), figure);
      return { ...figure, svg, ...svgSize(svg) };
    },
    async png(figure): Promise<Uint8Array> {
      const key = keyOf(figure);
      return cache.png(key, async () => renderPng(await svgOf(key, figure), resvgOptions));
    },
  };
}
