// The web excerpt: Model -> one self-contained HTML page (press-release
// style: headline figures, drivers and trends, segmentation, key players, an
// FAQ, the paid report's full table of contents and how to get it). No
// external scripts, styles, fonts or images: CSS is inline, charts are inline
// SVG. Every number is formatted by the Model's Formatter, so the page shows
// exactly the figures of the PDF. Returns a string; never touches the disk
// except to read its templates.
import type { ChartFigure, ChartRenderer } from '../../charts/index.js';
import { createFormatter } from '../../format/index.js';
import { resolveOutline, type Outline } from '../../outline/index.js';
import type { Model } from '../../types.js';
import { excerptCharts } from './charts.js';
import { excerptContext } from './context.js';
import { compileExcerptPage } from './templates.js';

export { BUNDLED_EXCERPT_TEMPLATES_DIR } from './templates.js';
export { inlineSvg } from './inline-svg.js';

export interface ExcerptHtmlContext {
  readonly charts: ChartRenderer;
  /** The paid report's resolved outline; defaults to the default outline resolved for the Model. */
  readonly outline?: Outline;
  /** A folder of .hbs files replacing bundled templates/excerpt files of the same name. */
  readonly templatesDir?: string;
  /**
   * The figures to choose from; defaults to chartCatalogue(model, { redact,
   * deliverable: 'page' }) with the dataset's sample.redact. Pass it when the
   * caller already has it (drawn for the page: the sample's notes say "held
   * back in this sample").
   */
  readonly catalogue?: readonly ChartFigure[];
}

export async function renderExcerptHtml(model: Model, ctx: ExcerptHtmlContext): Promise<string> {
  // The free excerpts share one policy: when the sample is redacted (the
  // default), the page gives the headline figures but no other forecast value.
  const redact = model.dataset.sample?.redact ?? true;
  const outline = ctx.outline ?? resolveOutline(model);
  const fmt = createFormatter(model);
  const [page, charts] = await Promise.all([
    compileExcerptPage({ formatter: fmt, ...(ctx.templatesDir ? { templatesDir: ctx.templatesDir } : {}) }),
    excerptCharts(model, ctx.charts, redact, ctx.catalogue),
  ]);
  return page(excerptContext({ model, fmt, outline, charts, redact }));
}
