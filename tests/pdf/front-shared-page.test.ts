// The lists of figures and tables follow the contents on their last page when
// that saves a page: the sample's contents, too long for one page even set
// tighter, left their last five lines alone on a page (smart-batteries-427-3
// and retail-coatings-977-7, page 4) before the lists' own page.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { contentsPages, listPages } from './contents-pages.js';
import { readPdf } from './pdf-text.js';
import { DATA_DIR, renderWithStub } from './render.js';
import { stubRenderer } from './stub-charts.js';

/** Fewer contents entries than this on a last page of their own read as a page left over. */
const FEW = 8;

describe('the contents ending with a few lines on a page', () => {
  it('share that page with the lists of figures and tables when that saves a page', async () => {
    const alone: string[] = [];
    for (const [seed, index] of [[427, 3], [977, 7]] as const) {
      const model = buildModel(generateDataset(seed, index) as unknown as Dataset);
      const text = await readPdf(await renderSamplePdf(model, { charts: stubRenderer(), assetsDir: DATA_DIR }));
      const contents = contentsPages(text);
      const lists = listPages(text);
      // The lists start on the contents' last page: together they take one page fewer.
      const shared = text.pages.findIndex((page) => page.some((l) => l.text === 'List of Figures')) === text.pages.findIndex((page) => page.some((l) => l.text === 'Contents' && l.size >= 18)) + contents.length - 1;
      if (contents.length > 1 && contents.at(-1)!.length < FEW && !shared) alone.push(`${model.id} sample: the last contents page holds ${contents.at(-1)!.join(' | ')}`);
      expect(lists.flat().length).toBeGreaterThan(0);
    }
    expect(alone).toEqual([]);
  }, 60_000);

  it("never leave the lists' last entries alone on a page: the bundled sample (its lists once spilled two lines)", async () => {
    // Sharing is decided from an estimate of one table; pdfmake sets two, with a gap between,
    // so the estimate keeps room to spare, and the bundled sample keeps its lists on a page of their own.
    const model = buildModel(defaultDataset());
    const text = await readPdf(await renderSamplePdf(model, { charts: stubRenderer(), assetsDir: DATA_DIR }));
    const lists = listPages(text);
    expect(lists.length).toBe(1);
    expect(lists[0]!.length).toBeGreaterThan(FEW);
  }, 60_000);

  it('keep the lists on pages of their own where sharing would not save one (full reports)', async () => {
    const { pdf } = await renderWithStub(generateDataset(427, 3) as unknown as Dataset);
    const text = await readPdf(pdf);
    const contentsPage = text.pages.findIndex((page) => page.some((l) => l.text === 'Contents' && l.size >= 18));
    expect(text.pages[contentsPage + contentsPages(text).length - 1]!.some((l) => l.text === 'List of Figures')).toBe(false);
  }, 60_000);
});
