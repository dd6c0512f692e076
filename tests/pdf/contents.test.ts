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
import { readPdf, type PdfText } from './pdf-text.js';
import { DATA_DIR, renderWithStub } from './render.js';
import { stubRenderer } from './stub-charts.js';

const CHAPTER_LINE = /^\d+ \S.* (?:\d+|Not included in this sample)$/;
const SECTION_LINE = /^\d+\.\d+ \S/;

const LIST_LINE = /^(?:Figure|Table) \d+\.\d+: .* \d+$/;

/**
 * The entry lines of each page of a front-matter part, in order: from the
 * first page with one of `titles` (a page title, 18 pt or more; the sample's
 * diagonal SAMPLE mark is larger still and on every page, so not a title) to
 * the page before the next page with any other title.
 */
function partPages(text: PdfText, titles: RegExp, entry: (line: string) => boolean): string[][] {
  const titled = (p: number, which: (t: string) => boolean) => text.pages[p]!.some((l) => l.size >= 18 && l.text !== 'SAMPLE' && which(l.text));
  const first = text.pages.findIndex((_, p) => titled(p, (t) => titles.test(t)));
  if (first < 0) return [];
  const pages: string[][] = [];
  for (let p = first; p < text.numPages && !titled(p, (t) => !titles.test(t)); p++) pages.push(text.pages[p]!.map((l) => l.text).filter(entry));
  return pages;
}

/** The entry lines (chapters and sections) of each contents page. */
function contentsPages(text: PdfText): string[][] {
  const pages = partPages(text, /^Contents$/, (l) => CHAPTER_LINE.test(l) || SECTION_LINE.test(l));
  expect(pages.length).toBeGreaterThan(0);
  return pages;
}

/** The entry lines of each page of the lists of figures and tables. */
function listPages(text: PdfText): string[][] {
  return partPages(text, /^List of (?:Figures|Tables)$/, (l) => LIST_LINE.test(l));
}

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
