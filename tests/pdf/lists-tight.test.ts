// The lists of figures and tables are set a little tighter when that saves a
// page, as the contents are (contents-tight.test.ts): readers found the List
// of Tables running its last two entries onto a page of their own
// (residential-filtration-977-0, page 6) and its last five
// (medical-packaging-427-4, page 6).
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import type { Dataset } from '../../src/types.js';
import { listPages } from './contents-pages.js';
import { readPdf } from './pdf-text.js';
import { renderWithStub } from './render.js';

describe('lists of figures and tables that would end with a few entries alone on a page', () => {
  it('are set tighter to fit on one page fewer', async () => {
    const spilled: string[] = [];
    for (const [seed, index] of [[977, 0], [427, 4]] as const) {
      const { model, pdf } = await renderWithStub(generateDataset(seed, index) as unknown as Dataset);
      const pages = listPages(await readPdf(pdf));
      expect(pages.length).toBeGreaterThan(0);
      if (pages.length > 1) spilled.push(`${model.id}: the last of ${pages.length} list pages holds ${pages.at(-1)!.join(' | ')}`);
    }
    expect(spilled).toEqual([]);
  }, 60_000);
});
