// batch: many datasets -> many reports, on a worker pool, with a content-hash
// cache and a manifest. See run.ts for the pipeline.
export { runBatch } from './run.js';
export { createProgress } from './progress.js';
export { formatInvalid, formatSummary } from './summary.js';
export type * from './types.js';
