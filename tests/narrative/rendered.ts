// Renders every narrative block of a report's outline to plain text, for tests
// that read the wording without laying out a PDF.
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { boundContext, createNarrative, redactedReportContext, reportContext } from '../../src/narrative/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Dataset, Model } from '../../src/types.js';

/** Every narrative block of the resolved outline, rendered, keyed by template (repeats joined); `sample`: from the sample's context. */
export async function renderedNarrative(dataset: Dataset, { sample = false } = {}): Promise<{ model: Model; text: Record<string, string>; all: string }> {
  const model = buildModel(dataset);
  const narrative = await createNarrative({ formatter: createFormatter(model) });
  const root = sample ? redactedReportContext(model) : reportContext(model);
  const text: Record<string, string> = {};
  for (const block of resolveOutline(model).chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks))) {
    if (block.kind !== 'narrative') continue;
    const out = narrative.text(block.template, boundContext(root, block.binding)).replace(/\s+/g, ' ');
    text[block.template] = `${text[block.template] ?? ''} ${out}`.trim();
  }
  text.disclaimer = narrative.text('disclaimer', boundContext(root, {})).replace(/\s+/g, ' ');
  return { model, text, all: Object.values(text).join(' ') };
}
