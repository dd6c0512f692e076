// The contents pages of full reports and samples across a generated catalogue:
// a chapter's line never ends a contents page while its sections go on on the
// next (pdfmake's own toc did that to 20 of 120 PDFs of a 60-report catalogue),
// and the last entry never stands alone on the last page of the contents or
// of the lists of figures and tables.
import { describe, expect, it } from 'vitest';
import { generateCatalogue, generateDataset } from '../../scripts/generate-catalogue.mjs';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset } from '../../src/types.js';
import { CHAPTER_LINE, contentsPages, listPages, SECTION_LINE } from './contents-pages.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { DATA_DIR, renderWithStub } from './render.js';
import { stubRenderer } from './stub-charts.js';

/** Contents pages whose last entry is a chapter's line while the next page starts with one of its sections. */
function strandedChapters(text: PdfText): string[] {
  const pages = contentsPages(text);
  return pages.flatMap((entries, i) => {
    const last = entries.at(-1);
    const next = pages[i + 1]?.[0];
    return last && next && CHAPTER_LINE.test(last) && SECTION_LINE.test(next) ? [`page ${i + 1} of the contents: "${last}"`] : [];
  });
}

describe('contents pages across a generated catalogue', () => {
  // The first 12 of seed 1; number 38, whose contents once ended with one entry
  // alone on their last page; number 57, whose list of tables did.
  // (The generator types its datasets loosely; they are valid Datasets: tests/batch/generate.test.ts.)
  const list = [...generateCatalogue(12, 1).map((d) => d.dataset), generateDataset(1, 38), generateDataset(1, 57)] as unknown as Dataset[];

  it('never end a page with a chapter line whose sections start the next page, nor leave one entry alone on the last page of the contents or lists (full reports and samples)', async () => {
    const stranded: string[] = [];
    for (const dataset of list) {
      const model = buildModel(dataset);
      const pdfs = {
        'full report': await readPdf((await renderWithStub(dataset)).pdf),
        sample: await readPdf(await renderSamplePdf(model, { charts: stubRenderer(), assetsDir: DATA_DIR })),
      };
      for (const [kind, text] of Object.entries(pdfs)) {
        stranded.push(...strandedChapters(text).map((s) => `${model.id} ${kind}, ${s}`));
        for (const [what, pages] of [['contents', contentsPages(text)], ['lists of figures and tables', listPages(text)]] as const) {
          if (pages.length > 1 && pages.at(-1)!.length < 2) stranded.push(`${model.id} ${kind}: "${pages.at(-1)!.join(' | ')}" alone on the last page of the ${what}`);
        }
      }
    }
    expect(stranded).toEqual([]);
  }, 120_000);
});
