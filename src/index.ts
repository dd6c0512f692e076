// The library API: everything the CLI does, callable from code.
export { loadReport, loadReportFromBytes, validateDataset, exportJsonSchema, datasetSchema } from './load/index.js';
export { buildModel, modelToJson } from './forecast/index.js';
export { createFormatter, type Formatter } from './format/index.js';
export { buildReport, renderReport, type BuildOptions, type BuildResult } from './build.js';
export { UserError } from './errors.js';
export type * from './types.js';
