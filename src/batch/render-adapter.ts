// The batch's view of the pipeline (src/pipeline.ts): one chart renderer (and
// so one chart cache) per worker for its lifetime, the user's outline loaded
// once, and per-stage timings for the bench and manifest.
// pipeline.ts (and with it vega, pdfmake, exceljs) is imported on demand, so the
// main thread of a no-op batch never loads a renderer.
import path from 'node:path';
import type { PipelineOptions, PipelineResult } from '../pipeline.js';
import type { Dataset, Model } from '../types.js';
import type { Artifact } from '../write/atomic.js';
import type { StageTiming } from './protocol.js';
import type { BatchRenderOptions } from './types.js';

export interface Renderer {
  /** Renders every deliverable of the report read from `file`, timing each stage (the bench; nothing is written). */
  render(model: Model, file: string): Promise<{ artifacts: Artifact[]; stages: StageTiming[] }>;
  /**
   * Builds the report read from `file` into outDir/<id>/: the whole pipeline,
   * every leftover temporary file there removed first (the batch holds the folder's lock).
   */
  build(dataset: Dataset, file: string, options: Pick<PipelineOptions, 'outDir' | 'onStage' | 'beforeWrite'>): Promise<PipelineResult>;
}

/** Options a worker receives: plain data, so they cross the thread boundary. */
export interface RendererOptions extends BatchRenderOptions {
  /** The user's templates folder, absolute. */
  readonly templatesDir?: string;
  /** The user's outline file, absolute. */
  readonly outlineFile?: string;
}

/** Entries per kind (SVG, PNG) in a worker's chart cache: a report draws at most ~40 of each. */
const BATCH_CHART_CACHE_ENTRIES = 64;

export async function createRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const { templatesDir, outlineFile, chartCacheDir } = options;
  const [{ renderReport, runPipeline }, { createChartRenderer }, { loadOutlineFile }] = await Promise.all([
    import('../pipeline.js'),
    import('../charts/index.js'),
    import('../outline/index.js'),
  ]);
  // A batch builds different datasets one after another, so a chart is asked
  // for again only within its own report (full PDF, sample, workbook, web
  // page); a cache that holds a few reports' charts serves every hit there is,
  // and a larger one only holds memory (it was 256 per kind, filling after
  // some ten reports per worker and pushing peak RSS up with N).
  const charts = createChartRenderer({ maxEntries: BATCH_CHART_CACHE_ENTRIES, ...(chartCacheDir ? { cacheDir: chartCacheDir } : {}) });
  const outline = outlineFile ? await loadOutlineFile(outlineFile) : undefined;
  const shared = (file: string) => ({
    assetsDir: path.dirname(path.resolve(file)),
    charts,
    ...(templatesDir ? { templatesDir } : {}),
    ...(outline ? { outline } : {}),
  });
  return {
    async render(model, file) {
      const stages: StageTiming[] = [];
      const artifacts = await renderReport(model, { ...shared(file), onStage: (stage, ms) => stages.push({ stage, ms }) });
      return { artifacts, stages };
    },
    build: (dataset, file, options) => runPipeline(dataset, { ...shared(file), ...options, deliverables: 'all', leftovers: 'all' }),
  };
}
