// narrative: prose from Handlebars templates, every number through the
// Formatter. See environment.ts for the strict-mode and data-as-values rules.
export { createNarrative, BUNDLED_TEMPLATES_DIR, type Narrative, type NarrativeOptions } from './environment.js';
export { parseNarrative, type NarrativeBlock } from './blocks.js';
export { reportContext, redactedReportContext, boundContext, type ReportContext, type ReportContextOf, type TemplateBinding } from './context.js';
export { REDACTED, REDACTION_MARK, isRedacted, redactedTexts, type Figure, type Redacted, type RedactedTexts } from './redaction.js';
export { registerFormatHelpers } from './helpers.js';
