// The free sample PDF ("full PDF sample copy"): the paid report's cover marked
// Sample, its whole table of contents, a few chapters in full layout, the
// forecast figures held back, and a closing page on how to buy the report.
//
//   Model --+-- sample.chapters, checked against the resolved outline
//           +-- figures after the base year held back (sample.redact, default on):
//           |     prose:  redactedReportContext -> REDACTED markers -> "XX" helpers
//           |     tables: sampleView.value/percent(v, year) -> "XX"
//           |     charts: chartCatalogue(model, { redact }) -> no numbers on value axes
//           +-- the pdf renderer with the sample's view --> Buffer
//
// Redacted numbers never enter the document definition, so none can be
// recovered from the PDF's text layer.
import { chartCatalogue } from '../../charts/index.js';
import { createFormatter } from '../../format/index.js';
import { redactedReportContext, reportContext } from '../../narrative/index.js';
import { resolveOutline } from '../../outline/index.js';
import { closingSection, renderPdfVariant, sampleView, type PdfContext } from '../../pdf/index.js';
import type { Model } from '../../types.js';
import { sampleChapterNumbers } from './chapters.js';

export async function renderSamplePdf(model: Model, ctx: PdfContext): Promise<Buffer> {
  const fmt = createFormatter(model);
  const outline = ctx.outline ?? resolveOutline(model);
  const chapters = sampleChapterNumbers(model, outline);
  const redact = model.dataset.sample?.redact ?? true;
  const heldBackAfter = redact ? model.baseYear : undefined;
  const coverNote =
    `Free sample copy: ${chapters.length === 1 ? 'chapter' : 'chapters'} ${fmt.list(chapters.map(String))} of ${outline.chapters.length} in full` +
    (redact ? `; figures after ${model.baseYear} are shown as XX.` : '.');
  return renderPdfVariant(
    model,
    { ...ctx, outline },
    {
      fmt,
      view: sampleView(fmt, { chapters: new Set(chapters), coverNote, ...(heldBackAfter === undefined ? {} : { lastShownYear: heldBackAfter }) }),
      templateData: redact ? redactedReportContext(model, model.baseYear) : reportContext(model),
      figures: chartCatalogue(model, { redact, deliverable: 'sample' }),
      after: (render) => [closingSection(render, heldBackAfter === undefined ? {} : { heldBackAfter })],
    },
  );
}

export { sampleChapterNumbers, defaultSampleChapters } from './chapters.js';
