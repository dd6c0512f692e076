// pdf: Model -> the full report (or, through a view, the free sample) as PDF bytes.
//
//   outline (resolved) --+
//   narrative templates -+--> document definition --pdfmake--> Buffer
//   rendered charts -----+
//
// Reads only the templates (bundled, or the user's folder) and, through
// pdfmake's local access policy, the fonts and the logo; writes nothing.
import path from 'node:path';
import { chartCatalogue, type ChartFigure, type ChartRenderer, type RenderedChart } from '../charts/index.js';
import { createFormatter, type Formatter } from '../format/index.js';
import { createNarrative, reportContext, type ReportContext } from '../narrative/index.js';
import { resolveOutline } from '../outline/index.js';
import type { Outline } from '../outline/types.js';
import type { Model } from '../types.js';
import { assembleDocument } from './assemble.js';
import type { RenderContext } from './context.js';
import type { Node } from './nodes.js';
import { printPdf } from './printer.js';
import { createTheme } from './theme.js';
import { fullView, type ReportView } from './view.js';

export interface PdfContext {
  /** Renders the catalogue's charts to SVG (vector in the PDF). */
  readonly charts: ChartRenderer;
  /** The chart catalogue; default chartCatalogue(model). The sample ignores it and uses its redacted catalogue. */
  readonly figures?: readonly ChartFigure[];
  /** Default resolveOutline(model). */
  readonly outline?: Outline;
  /** Templates that replace bundled ones of the same file name. */
  readonly templatesDir?: string;
  /** The dataset file's folder: the only place the logo may be read from. */
  readonly assetsDir: string;
  /** 'full' only: the free sample is renderSamplePdf (src/excerpt/sample). */
  readonly variant?: 'full';
}

export async function renderReportPdf(model: Model, ctx: PdfContext): Promise<Buffer> {
  const fmt = createFormatter(model);
  return renderPdfVariant(model, ctx, {
    fmt,
    view: fullView(fmt),
    templateData: reportContext(model),
    figures: ctx.figures ?? chartCatalogue(model),
  });
}

/** What makes one deliverable of the outline: the view, the figures its templates and charts see, pages after the chapters. */
export interface PdfVariant {
  readonly fmt: Formatter;
  readonly view: ReportView;
  readonly templateData: ReportContext;
  readonly figures: readonly ChartFigure[];
  /** Sections after the last chapter (the sample's closing page). */
  readonly after?: (ctx: RenderContext) => readonly Node[];
}

export async function renderPdfVariant(model: Model, ctx: PdfContext, variant: PdfVariant): Promise<Buffer> {
  const { fmt, view } = variant;
  const outline = ctx.outline ?? resolveOutline(model);
  const narrative = await createNarrative({ formatter: fmt, ...(ctx.templatesDir ? { templatesDir: ctx.templatesDir } : {}) });
  const charts = await renderCharts(ctx.charts, variant.figures, outline, view);
  const logo = model.dataset.publisher.logo;
  const render: RenderContext = {
    model,
    outline,
    fmt,
    theme: createTheme(model.dataset.publisher.brandColor),
    view,
    narrative,
    templateData: variant.templateData,
    charts,
    ...(logo ? { logoPath: path.resolve(ctx.assetsDir, logo) } : {}),
  };
  const doc = assembleDocument(render);
  const after = variant.after?.(render) ?? [];
  return printPdf(after.length > 0 ? { ...doc, content: [...doc.content, ...after] } : doc, { allowedDirs: [ctx.assetsDir] });
}

/** Renders the charts the laid-out chapters use, each once, in outline order. */
async function renderCharts(
  renderer: ChartRenderer,
  catalogue: readonly ChartFigure[],
  outline: Outline,
  view: ReportView,
): Promise<Map<string, RenderedChart>> {
  const byId = new Map(catalogue.map((f) => [f.id, f]));
  const wanted = outline.figures.filter((f) => outline.chapters.some((c) => c.number === f.chapter && view.includes(c)));
  const ids = [...new Set(wanted.map((f) => f.chartId))];
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new Error(`the outline uses charts the chart catalogue does not have: ${missing.join(', ')} (catalogue: ${[...byId.keys()].join(', ') || 'empty'})`);
  }
  const rendered = await Promise.all(ids.map((id) => renderer.svg(byId.get(id)!)));
  return new Map(rendered.map((r) => [r.id, r]));
}

export { fullView, sampleView, type ReportView, type SampleViewOptions } from './view.js';
export { closingSection, type ClosingOptions } from './closing.js';
export { NOT_INCLUDED } from './front.js';
export { assembleDocument } from './assemble.js';
export type { RenderContext } from './context.js';
