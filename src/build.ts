// The `build` and `sample` commands' view of the pipeline (src/pipeline.ts):
// one dataset in, its deliverables written to outDir/<id>/.
import { loadOutlineFile } from './outline/index.js';
import { runPipeline, type RenderOptions } from './pipeline.js';
import type { Dataset, Model } from './types.js';
import type { WrittenFile } from './write/atomic.js';

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

/** Builds every deliverable of one report (`market-report build`). */
export const buildReport = (dataset: Dataset, options: BuildOptions) => build(dataset, options, 'all');

/** Builds only the free sample PDF (`market-report sample`): outDir/<id>/<id>-sample.pdf. */
export const buildSample = (dataset: Dataset, options: BuildOptions) => build(dataset, options, 'sample');

async function build(dataset: Dataset, options: BuildOptions, deliverables: 'all' | 'sample'): Promise<BuildResult> {
  const { outlineFile, ...rest } = options;
  const outline = outlineFile ? await loadOutlineFile(outlineFile) : undefined;
  // Other processes may be building into the same folder: only the leftovers of ended ones go.
  const { id, model, files } = await runPipeline(dataset, { ...rest, ...(outline ? { outline } : {}), deliverables, leftovers: 'of-ended-processes' });
  return { id, model, files };
}
