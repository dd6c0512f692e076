// The two charts the excerpt shows: the market size chart and one
// segmentation chart (the share chart of the first category segmentation,
// or its value chart when the catalogue has no share chart). A chart the
// catalogue does not offer is left out rather than failing the page.
import Handlebars from 'handlebars';
import { chartCatalogue, type ChartFigure, type ChartRenderer } from '../../charts/index.js';
import type { Model } from '../../types.js';
import { inlineSvg } from './inline-svg.js';

export interface InlineChart {
  readonly id: string;
  readonly caption: string;
  /** Our renderer's SVG, checked and made responsive by inlineSvg (see there why it may skip escaping). */
  readonly svg: Handlebars.SafeString;
}

export interface ExcerptCharts {
  readonly marketSize: InlineChart | null;
  readonly segmentation: InlineChart | null;
}

export async function excerptCharts(
  model: Model,
  renderer: ChartRenderer,
  redact: boolean,
  catalogue: readonly ChartFigure[] = chartCatalogue(model, { redact, deliverable: 'page' }),
): Promise<ExcerptCharts> {
  const byId = new Map(catalogue.map((f) => [f.id, f]));
  const segmentation = model.segmentations.find((s) => s.kind === 'category') ?? model.segmentations[0];
  const segmentFigure = segmentation
    ? (byId.get(`segment-share-${segmentation.id}`) ?? byId.get(`segment-value-${segmentation.id}`))
    : undefined;
  // Sequential on purpose: the renderer shares one Vega text measurer.
  const marketSize = await inline(renderer, byId.get('market-size'));
  return { marketSize, segmentation: await inline(renderer, segmentFigure) };
}

async function inline(renderer: ChartRenderer, figure: ChartFigure | undefined): Promise<InlineChart | null> {
  if (!figure) return null;
  const rendered = await renderer.svg(figure);
  return {
    id: `fig-${figure.id}`,
    caption: rendered.caption,
    svg: new Handlebars.SafeString(inlineSvg(rendered.svg, { idPrefix: `fig-${figure.id}`, labelledBy: `fig-${figure.id}-caption` })),
  };
}
