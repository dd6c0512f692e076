// Builds one report: the pipeline of ../shared/docs/architecture.md.
//
//   dataset --forecast--> Model --render--> artifacts --write--> DIR/<id>/
//
// Renderers join the artifact list as they arrive; each returns bytes and
// touches no file. Only step 3 writes.
import path from 'node:path';
import { buildModel, modelToJson } from './forecast/index.js';
import type { Dataset, Model } from './types.js';
import { writeArtifacts, type Artifact, type WrittenFile } from './write/atomic.js';

export interface BuildOptions {
  /** Output root; the report goes to outDir/<id>/. */
  readonly outDir: string;
}

export interface BuildResult {
  readonly id: string;
  readonly model: Model;
  readonly files: readonly WrittenFile[];
}

/** Renders every deliverable of one report in memory. */
export async function renderReport(model: Model): Promise<Artifact[]> {
  const json = `${JSON.stringify(modelToJson(model), null, 2)}\n`;
  return [{ name: `${model.id}-model.json`, bytes: Buffer.from(json) }];
}

export async function buildReport(dataset: Dataset, options: BuildOptions): Promise<BuildResult> {
  // 1. forecast: every number, once.
  const model = buildModel(dataset);
  // 2. render: bytes in memory.
  const artifacts = await renderReport(model);
  // 3. write: temp file + rename, per deliverable.
  const files = await writeArtifacts(path.join(options.outDir, model.id), artifacts);
  return { id: model.id, model, files };
}
