// outline: the report's table of contents as data. One definition (chapters,
// sections, the block that renders each and the data it needs) drives the PDF,
// and is meant to drive the workbook's sheets, the sample's chapter choice and
// the web excerpt's TOC too.
export { defaultOutline } from './default.js';
export { loadOutlineFile } from './load.js';
export { resolveOutline } from './resolve.js';
export { validateOutline, outlineSchema, type OutlineOptions, type OutlineProblem, type OutlineValidation } from './schema.js';
export type * from './types.js';
