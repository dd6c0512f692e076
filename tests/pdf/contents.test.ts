// The contents pages of full reports and samples across a generated catalogue:
// a chapter's line never ends a contents page while its sections go on on the
// next (pdfmake's own toc did that to 20 of 120 PDFs of a 60-report catalogue).
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/generate-catalogue.mjs';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset } from '../../src/types.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { DATA_DIR, renderWithStub } from './render.js';
import { stubRenderer } from './stub-charts.js';

const CHAPTER_LINE = /^\d+ \S.* (?:\d+|Not included in this sample)$/;
const SECTION_LINE = /^\d+\.\d+ \S/;

/** The entry lines (chapters and sections) of each contents page, in order: from "Contents" to the next page title. */
function contentsPages(text: PdfText): string[][] {
  const isTitle = (p: number) => text.pages[p]!.some((l) => l.size >= 18);
  const first = text.pages.findIndex((lines) => lines.some((l) => l.text === 'Contents' && l.size >= 18));
  expect(first).toBeGreaterThan(0);
  const pages: string[][] = [];
  for (let p = first; p < text.numPages && (p === first || !isTitle(p)); p++) {
    pages.push(text.pages[p]!.map((l) => l.text).filter((l) => CHAPTER_LINE.test(l) || SECTION_LINE.test(l)));
  }
  return pages;
}

/** Contents pages whose last entry is a chapter's line while the next page starts with one of its sections. */
function strandedChapters(text: PdfText): string[] {
  const pages = contentsPages(text);
  return pages.flatMap((entries, i) => {
    const last = entries.at(-1);
    const next = pages[i + 1]?.[0];
    return last && next && CHAPTER_LINE.test(last) && SECTION_LINE.test(next) && !SECTION_LINE.test(last) ? [`page ${i + 1} of the contents: "${last}"`] : [];
  });
}

describe('contents pages across a generated catalogue', () => {
  const list = (generateCatalogue(12, 1) as { dataset: Dataset }[]).map((d) => d.dataset);

  it('never end a page with a chapter line whose sections start the next page (full reports and samples)', async () => {
    const stranded: string[] = [];
    for (const dataset of list) {
      const full = await readPdf((await renderWithStub(dataset)).pdf);
      const model = buildModel(dataset);
      const sample = await readPdf(await renderSamplePdf(model, { charts: stubRenderer(), assetsDir: DATA_DIR }));
      stranded.push(...strandedChapters(full).map((s) => `${model.id} full report, ${s}`));
      stranded.push(...strandedChapters(sample).map((s) => `${model.id} sample, ${s}`));
    }
    expect(stranded).toEqual([]);
  }, 120_000);
});
