// A chapter's last paragraph never leaves its last line or two alone on a
// page of their own before the next chapter (2 of 120 PDFs of a generated
// 60-report catalogue did: agricultural-coatings-1-18, page 10, "of them are
// assumptions."; smart-sensors-1-35, page 8, two lines).
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { pageBreakBefore } from '../../src/pdf/page-breaks.js';
import { RUNNING } from '../../src/pdf/running.js';
import { MARGINS, PAGE } from '../../src/pdf/theme.js';
import type { Dataset } from '../../src/types.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithCharts } from './render.js';

const LINE = 10 * 1.3 * 1.1719;
const BOTTOM = PAGE.height - MARGINS[3];

/** Chapters' last pages that hold nothing but one or two lines of body text (10 pt) between the running header and footer. */
function lonelyTails(text: PdfText): string[] {
  const starts = text.bookmarks.map((b) => b.page);
  return starts.flatMap((start, i) => {
    const last = (starts[i + 1] ?? text.numPages + 1) - 1;
    if (last <= start) return [];
    const body = text.pages[last - 1]!.slice(1, -1);
    return body.length <= 2 && body.every((l) => Math.abs(l.size - 10) < 0.3) ? [`page ${last}: ${body.map((l) => `"${l.text}"`).join(' / ')}`] : [];
  });
}

/** What pdfmake tells the hook about a body paragraph starting `top` points down page 3 and running onto page 4. */
function paragraph(top: number, text = 'A paragraph of the chapter.') {
  return { text, style: 'body', pageNumbers: [3, 4], startPosition: { top } };
}
const header = { style: RUNNING, pageNumbers: [4], startPosition: { top: 30 } };
const footer = { style: RUNNING, pageNumbers: [4], startPosition: { top: BOTTOM + 24 } };
const helpers = (onNextPage: readonly object[]) => ({ getFollowingNodesOnPage: () => [], getNodesOnNextPage: () => onNextPage as never });

describe('a chapter tail alone on a page', () => {
  it('moves a paragraph whose last lines would be all the next page holds', () => {
    for (const head of [1, 4, 7]) expect(pageBreakBefore(paragraph(BOTTOM - (head + 0.5) * LINE), helpers([header, footer]))).toBe(true);
  });

  it('leaves it where more of the chapter follows, where its head is long, and leaves other nodes', () => {
    // A table follows on the next page: the chapter goes on there.
    const table = { style: 'tableCell', text: 'x', pageNumbers: [4], startPosition: { top: MARGINS[1] + LINE } };
    expect(pageBreakBefore(paragraph(BOTTOM - 4.5 * LINE), helpers([header, table, footer]))).toBe(false);
    // Moving 8 lines would leave a larger gap than the tail is worth.
    expect(pageBreakBefore(paragraph(BOTTOM - 8.5 * LINE), helpers([header, footer]))).toBe(false);
    // Only body paragraphs that run over the page break.
    expect(pageBreakBefore({ ...paragraph(BOTTOM - 4.5 * LINE), pageNumbers: [3] }, helpers([header, footer]))).toBe(false);
    expect(pageBreakBefore({ ...paragraph(BOTTOM - 4.5 * LINE), style: 'caption' }, helpers([header, footer]))).toBe(false);
  });

  it('no generated report ends a chapter with a page of one or two lines (real charts, so pages fall as shipped)', async () => {
    const lonely: string[] = [];
    // 18 and 35 did; 3 once got a blank page from an earlier attempt at this.
    for (const i of [18, 35, 3]) {
      const dataset = generateDataset(1, i) as unknown as Dataset;
      const { model, pdf } = await renderWithCharts(dataset);
      const text = await readPdf(pdf);
      lonely.push(...lonelyTails(text).map((s) => `${model.id} ${s}`));
    }
    expect(lonely).toEqual([]);
  }, 120_000);
});
