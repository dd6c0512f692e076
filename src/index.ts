// The library API: everything the CLI does, callable from code.
export { loadReport, loadReportFromBytes, validateDataset, exportJsonSchema, datasetSchema } from './load/index.js';
export { buildModel, modelToJson } from './forecast/index.js';
export { createFormatter, type Formatter } from './format/index.js';
export { defaultOutline, resolveOutline, loadOutlineFile } from './outline/index.js';
export { chartCatalogue, createChartRenderer } from './charts/index.js';
export { renderReportPdf } from './pdf/index.js';
export { renderWorkbook } from './xlsx/index.js';
export { renderExcerptHtml } from './excerpt/html/index.js';
export { renderSamplePdf } from './excerpt/sample/index.js';
export { buildReport, buildSample, type BuildOptions, type BuildResult } from './build.js';
export { renderReport, deliverableNames, type RenderOptions, type Stage } from './pipeline.js';
export { runBatch as buildBatch } from './batch/index.js';
export type * from './batch/types.js';
export { UserError } from './errors.js';
export type * from './types.js';
export type * from './outline/types.js';
