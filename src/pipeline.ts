// One report, dataset to files on disk: the pipeline of ../shared/docs/architecture.md.
//
//   Dataset --forecast--> Model --outline--> Outline
//                           |                  |
//                           +--> charts (SVG, PNG; cached by content hash)
//                           |                  |
//                           +--> pdf (full report) <-- narrative templates
//                           +--> xlsx (data pack, chart PNGs + native charts)
//                           +--> pdf (free sample: redacted)
//                           +--> html (web excerpt)
//                                      |
//                            write (temp file + rename) --> outDir/<id>/
//
// Renderers return bytes and touch no file; only the write stage writes.
// `build`, `sample` (src/build.ts) and a batch worker (src/batch/worker-handler.ts)
// all run this one sequence; what differs between them is a parameter.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chartCatalogue, createChartRenderer, type ChartRenderer } from './charts/index.js';
import { renderExcerptHtml } from './excerpt/html/index.js';
import { renderSamplePdf } from './excerpt/sample/index.js';
import { buildModel } from './forecast/index.js';
import { resolveOutline, type Outline, type OutlineDefinition } from './outline/index.js';
import { renderReportPdf } from './pdf/index.js';
import type { Dataset, Model } from './types.js';
import { templateFolders, type TemplateFolders } from './templates-folders.js';
import { sweepTempFiles, writeArtifacts, type Artifact, type WrittenFile } from './write/atomic.js';
import { renderWorkbook } from './xlsx/index.js';

/** The stages a build reports timings for (bench, batch manifest). */
export type Stage = 'forecast' | 'outline' | 'charts' | 'pdf' | 'xlsx' | 'sample' | 'html' | 'write';

export interface RenderOptions {
  /** Folder of the dataset file: the only place a logo may be read from. */
  readonly assetsDir: string;
  /** A folder mirroring templates/ (report/*.hbs, report/partials/*.hbs, excerpt/*.hbs); its files replace the bundled ones. */
  readonly templatesDir?: string;
  /** A user outline (already loaded); default: the bundled outline. */
  readonly outline?: OutlineDefinition;
  /** Chart renderer to share between reports of one process (its cache then spans them). */
  readonly charts?: ChartRenderer;
  /** Called once per stage with its wall time in ms. */
  readonly onStage?: (stage: Stage, ms: number) => void;
}

export interface PipelineOptions extends RenderOptions {
  /** Output root; the report goes to outDir/<id>/. */
  readonly outDir: string;
  /** Every deliverable (build, batch), or only the free sample PDF (`market-report sample`). */
  readonly deliverables: 'all' | 'sample';
  /**
   * The temporary files an interrupted build left in outDir/<id>/ that go
   * before writing: 'all' for a caller holding the output folder's lock (the
   * batch); 'of-ended-processes' otherwise, so a build running beside this one keeps its own.
   */
  readonly leftovers: 'all' | 'of-ended-processes';
  /** Sees the rendered files before any is written; throwing stops the write. */
  readonly beforeWrite?: (artifacts: readonly Artifact[]) => void;
}

export interface PipelineResult {
  readonly id: string;
  readonly model: Model;
  /** What was written, in the order of `artifacts`. */
  readonly files: readonly WrittenFile[];
  readonly artifacts: readonly Artifact[];
}

/** The deliverables' file names, for a report id. */
export function deliverableNames(id: string): { pdf: string; xlsx: string; sample: string; html: string } {
  return { pdf: `${id}.pdf`, xlsx: `${id}.xlsx`, sample: `${id}-sample.pdf`, html: `${id}-excerpt.html` };
}

/** Forecast, render and write one report: outDir/<id>/ holds its deliverables afterwards. */
export async function runPipeline(dataset: Dataset, options: PipelineOptions): Promise<PipelineResult> {
  // 1. forecast: every number, once.
  const model = await timed('forecast', options, () => buildModel(dataset));
  // 2-5. render, in memory.
  const artifacts = options.deliverables === 'all' ? await renderReport(model, options) : await renderSample(model, options);
  // 6. write: every deliverable to a temp file, then all renamed into place.
  const files = await timed('write', options, async () => {
    const dir = path.join(options.outDir, model.id);
    await sweepTempFiles(dir, options.leftovers);
    options.beforeWrite?.(artifacts);
    return writeArtifacts(dir, artifacts);
  });
  return { id: model.id, model, files, artifacts };
}

/** Renders every deliverable of one report in memory. */
export async function renderReport(model: Model, options: RenderOptions): Promise<Artifact[]> {
  const names = deliverableNames(model.id);
  const charts = options.charts ?? createChartRenderer();
  const templates = userTemplates(options.templatesDir);

  // 2. outline: the TOC as data, pruned to the data this report has.
  const outline: Outline = await timed('outline', options, () => resolveOutline(model, options.outline));
  // 3. charts: every figure of the catalogue, SVG for the PDF and page, PNG for the workbook.
  const figures = chartCatalogue(model);
  const chartImages = await timed('charts', options, async () => {
    const rendered = await Promise.all(figures.map(async (f) => ({ svg: await charts.svg(f), png: await charts.png(f) })));
    return rendered.map(({ svg, png }) => ({ id: svg.id, caption: svg.caption, png, width: svg.width, height: svg.height }));
  });
  // 4. render each deliverable (charts come from the renderer's cache from here on).
  const pdf = await timed('pdf', options, () =>
    renderReportPdf(model, { charts, figures, outline, assetsDir: options.assetsDir, ...templates('report') }),
  );
  const xlsx = await timed('xlsx', options, () => renderWorkbook(model, { chartImages }));
  const sample = await timed('sample', options, () =>
    renderSamplePdf(model, { charts, outline, assetsDir: options.assetsDir, ...templates('report') }),
  );
  const html = await timed('html', options, () => renderExcerptHtml(model, { charts, outline, ...templates('excerpt') }));
  // 5. the artifacts, in a fixed order.
  return [
    { name: names.pdf, bytes: pdf },
    { name: names.xlsx, bytes: xlsx },
    { name: names.sample, bytes: sample },
    { name: names.html, bytes: Buffer.from(html, 'utf8') },
  ];
}

/** Renders only the free sample PDF; its charts are drawn as it asks for them. */
async function renderSample(model: Model, options: RenderOptions): Promise<Artifact[]> {
  const outline = await timed('outline', options, () => resolveOutline(model, options.outline));
  const sample = await timed('sample', options, () =>
    renderSamplePdf(model, {
      charts: options.charts ?? createChartRenderer(),
      outline,
      assetsDir: options.assetsDir,
      ...userTemplates(options.templatesDir)('report'),
    }),
  );
  return [{ name: deliverableNames(model.id).sample, bytes: sample }];
}

async function timed<T>(stage: Stage, options: Pick<RenderOptions, 'onStage'>, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  options.onStage?.(stage, performance.now() - start);
  return result;
}

/**
 * The templatesDir option of one renderer: the report/ or excerpt/ subfolder
 * of a user's templates folder (src/templates-folders.ts), or none.
 */
function userTemplates(dir: string | undefined): (sub: keyof TemplateFolders) => { templatesDir?: string } {
  const folders: TemplateFolders = dir === undefined ? {} : templateFolders(dir);
  return (sub) => {
    const folder = folders[sub];
    return folder ? { templatesDir: folder } : {};
  };
}
