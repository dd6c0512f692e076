// Builds one report: the pipeline of ../shared/docs/architecture.md.
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
// Renderers return bytes and touch no file; only step 6 writes.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chartCatalogue, createChartRenderer, type ChartRenderer } from './charts/index.js';
import { renderExcerptHtml } from './excerpt/html/index.js';
import { renderSamplePdf } from './excerpt/sample/index.js';
import { buildModel } from './forecast/index.js';
import { loadOutlineFile, resolveOutline, type Outline, type OutlineDefinition } from './outline/index.js';
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

export interface BuildOptions extends Omit<RenderOptions, 'outline'> {
  /** Output root; the report goes to outDir/<id>/. */
  readonly outDir: string;
  /** Path of a user outline JSON file. */
  readonly outlineFile?: string;
}

export interface BuildResult {
  readonly id: string;
  readonly model: Model;
  readonly files: readonly WrittenFile[];
}

/** The deliverables' file names, for a report id. */
export function deliverableNames(id: string): { pdf: string; xlsx: string; sample: string; html: string } {
  return { pdf: `${id}.pdf`, xlsx: `${id}.xlsx`, sample: `${id}-sample.pdf`, html: `${id}-excerpt.html` };
}

async function timed<T>(stage: Stage, options: Pick<RenderOptions, 'onStage'>, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  options.onStage?.(stage, performance.now() - start);
  return result;
}

/** Renders every deliverable of one report in memory. */
export async function renderReport(model: Model, options: RenderOptions): Promise<Artifact[]> {
  const names = deliverableNames(model.id);
  const charts = options.charts ?? createChartRenderer();
  const userTemplates = userTemplateFolders(options.templatesDir);
  const templates = (sub: 'report' | 'excerpt') => {
    const dir = userTemplates[sub];
    return dir ? { templatesDir: dir } : {};
  };

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

export async function buildReport(dataset: Dataset, options: BuildOptions): Promise<BuildResult> {
  // 1. forecast: every number, once.
  const model = await timed('forecast', options, () => buildModel(dataset));
  const outline = options.outlineFile ? await loadOutlineFile(options.outlineFile) : undefined;
  const artifacts = await renderReport(model, { ...options, ...(outline ? { outline } : {}) });
  // 6. write: every deliverable to a temp file, then all renamed into place.
  const files = await timed('write', options, () => writeReport(options.outDir, model.id, artifacts));
  return { id: model.id, model, files };
}

/** Builds only the free sample PDF (`market-report sample`): outDir/<id>/<id>-sample.pdf. */
export async function buildSample(dataset: Dataset, options: BuildOptions): Promise<BuildResult> {
  const model = buildModel(dataset);
  const definition = options.outlineFile ? await loadOutlineFile(options.outlineFile) : undefined;
  const outline = resolveOutline(model, definition);
  const reportTemplates = userTemplateFolders(options.templatesDir).report;
  const sample = await renderSamplePdf(model, {
    charts: options.charts ?? createChartRenderer(),
    outline,
    assetsDir: options.assetsDir,
    ...(reportTemplates ? { templatesDir: reportTemplates } : {}),
  });
  const files = await writeReport(options.outDir, model.id, [{ name: deliverableNames(model.id).sample, bytes: sample }]);
  return { id: model.id, model, files };
}

/** Writes into outDir/<id>/, first removing what an interrupted build (Ctrl-C, a kill) left there. */
async function writeReport(outDir: string, id: string, artifacts: readonly Artifact[]): Promise<WrittenFile[]> {
  const dir = path.join(outDir, id);
  await sweepTempFiles(dir, 'of-ended-processes');
  return writeArtifacts(dir, artifacts);
}

/** The report/ and excerpt/ subfolders of a user's templates folder, if one is given (src/templates-folders.ts). */
function userTemplateFolders(dir: string | undefined): TemplateFolders {
  return dir === undefined ? {} : templateFolders(dir);
}
