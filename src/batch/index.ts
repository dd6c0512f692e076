// batch: many datasets -> many reports, on a worker pool, with a content-hash
// cache and a manifest. See run.ts for the pipeline.
export { runBatch } from './run.js';
export { collectDatasets, isDatasetName } from './collect.js';
export { computeFingerprint, reportHash } from './fingerprint.js';
export { DEFAULT_TEMPLATES_DIR } from '../templates-folders.js';
export { readManifest, serializeManifest, isCurrent, MANIFEST_NAME } from './manifest.js';
export { createProgress, type Progress, type ProgressStream } from './progress.js';
export { formatInvalid, formatSummary } from './summary.js';
export { createRenderer, renderFingerprint, type Renderer } from './render-adapter.js';
export { defaultWorkerScript } from './pool.js';
export type * from './types.js';
export type { WorkerRequest, WorkerResponse, StageTiming } from './protocol.js';
