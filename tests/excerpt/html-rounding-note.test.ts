// The web excerpt's segment tables print each segment's base-year share,
// rounded on its own, so the column may add up to 99.9% or 100.1%. The PDF
// says so under its tables ("Shares may not add up to 100% because of
// rounding."); the page now does too, under the same condition, checked by
// adding up the printed cells themselves.
import { describe, expect, it } from 'vitest';
import { renderExcerptHtml } from '../../src/excerpt/html/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable } from '../../src/pdf/tables/index.js';
import { fullView } from '../../src/pdf/view.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { stubCatalogue, stubRenderer } from '../pdf/stub-charts.js';
import { byId, elements, parseHtml, textOf, type Element } from './html-support.js';

const NOTE = 'Shares may not add up to 100% because of rounding.';

/** The default dataset with its three "type" segments given these base-year shares. */
function withTypeShares(shares: readonly number[]): Dataset {
  const d = defaultDataset();
  const type = d.segmentations.find((s) => s.id === 'type')!;
  expect(type.segments).toHaveLength(shares.length);
  return {
    ...d,
    segmentations: d.segmentations.map((s) => (s === type ? { ...s, segments: s.segments.map((seg, i) => ({ ...seg, share: shares[i]! })) } : s)),
  };
}

/** Each segmentation's block on the page: its printed share cells and its text. */
async function segmentBlocks(dataset: Dataset) {
  const model = buildModel(dataset);
  const html = await renderExcerptHtml(model, { charts: stubRenderer(), catalogue: stubCatalogue(model) });
  const { doc } = parseHtml(html);
  return model.segmentations.map((s) => {
    const block = byId(doc, `segmentation-${s.id}`).parentNode as Element;
    // The share column: the first figure cell of every body row.
    const shares = elements(block)
      .filter((e) => e.tagName === 'tr' && elements(e).some((c) => c.tagName === 'td'))
      .map((row) => textOf(elements(row).find((c) => c.tagName === 'td')!));
    return { id: s.id, shares, text: textOf(block) };
  });
}

/** The printed percentages' sum, in tenths of a percent. */
const printedSum = (cells: readonly string[]) => cells.reduce((sum, c) => sum + Math.round(Number(c.replace('%', '')) * 10), 0);

describe('the web excerpt\'s segment share tables', () => {
  it.each([
    ['99.9%', [0.33346, 0.33346, 0.33308], 999],
    ['100.1%', [0.33356, 0.33356, 0.33288], 1001],
  ])('carry the rounding note when the printed shares add up to %s', async (_label, shares, tenths) => {
    const blocks = await segmentBlocks(withTypeShares(shares));
    const type = blocks.find((b) => b.id === 'type')!;
    expect(printedSum(type.shares)).toBe(tenths);
    expect(type.text).toContain(NOTE);
    // The other segmentations keep the default shares, which print as 100.0%.
    for (const b of blocks.filter((x) => x.id !== 'type')) {
      expect(printedSum(b.shares)).toBe(1000);
      expect(b.text).not.toContain(NOTE);
    }
  });

  it('carry no note when the printed shares add up to 100.0%', async () => {
    const blocks = await segmentBlocks(withTypeShares([0.5, 0.3, 0.2]));
    for (const b of blocks) {
      expect(printedSum(b.shares)).toBe(1000);
      expect(b.text).not.toContain('because of rounding');
    }
  });

  it('give the note exactly when the PDF\'s segment table does', async () => {
    for (const shares of [[0.33346, 0.33346, 0.33308], [0.5, 0.3, 0.2]]) {
      const dataset = withTypeShares(shares);
      const model = buildModel(dataset);
      const fmt = createFormatter(model);
      const ctx = { model, fmt, view: fullView(fmt) } as unknown as RenderContext;
      const pdfNote = buildTable('segment-comparison', ctx, { segmentationId: 'type' }).note;
      const type = (await segmentBlocks(dataset)).find((b) => b.id === 'type')!;
      expect(pdfNote ?? null).toBe(type.text.includes(NOTE) ? NOTE : null);
    }
  });
});
