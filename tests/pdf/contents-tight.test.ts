// The contents are set a little tighter when that saves a page: a reader found
// them running one chapter's lines onto a page of their own
// (wearable-irrigation-203-2 full report, cold-chain-irrigation-203-4 sample:
// "9 Methodology and Data Source" and its three sections alone on page 4), as
// did 3 more of the 40 PDFs of seed 91. Where tighter spacing would not save
// the page they keep their usual spacing.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset } from '../../src/types.js';
import { CHAPTER_LINE, contentsPages } from './contents-pages.js';
import { placedText, readPdf } from './pdf-text.js';
import { DATA_DIR, renderWithStub } from './render.js';
import { stubRenderer } from './stub-charts.js';

async function render(seed: number, index: number, kind: 'full' | 'sample'): Promise<{ id: string; pdf: Buffer }> {
  const dataset = generateDataset(seed, index) as unknown as Dataset;
  if (kind === 'full') return { id: `${dataset.id} full`, pdf: (await renderWithStub(dataset)).pdf };
  return { id: `${dataset.id} sample`, pdf: await renderSamplePdf(buildModel(dataset), { charts: stubRenderer(), assetsDir: DATA_DIR }) };
}

/** Distance between the baselines of the contents' lines for sections 1.2 and 1.3 (the first lines so numbered: the contents come first). */
async function sectionPitch(pdf: Buffer): Promise<number> {
  const runs = await placedText(pdf);
  const y = (n: string) => runs.find((r) => r.text.startsWith(`${n} `))!.y;
  return y('1.2') - y('1.3');
}

describe('contents that would end with one chapter alone on a page', () => {
  it('are set tighter to fit on one page fewer', async () => {
    const lone: string[] = [];
    for (const [seed, index, kind] of [[203, 2, 'full'], [203, 4, 'sample'], [91, 13, 'full'], [91, 1, 'sample'], [91, 0, 'full']] as const) {
      const { id, pdf } = await render(seed, index, kind);
      const pages = contentsPages(await readPdf(pdf));
      const chapters = pages.at(-1)!.filter((l) => CHAPTER_LINE.test(l));
      if (pages.length > 1 && chapters.length < 2) lone.push(`${id}: the last of ${pages.length} contents pages holds ${pages.at(-1)!.join(' | ')}`);
    }
    expect(lone).toEqual([]);
  }, 60_000);

  it('keep their usual spacing where that would not save a page, and where they fit anyway', async () => {
    // marine-lighting-91-0's sample: 41 entries and 5 over, tighter still 2 pages.
    const spill = await render(91, 0, 'sample');
    expect(contentsPages(await readPdf(spill.pdf))).toHaveLength(2);
    // wearable-irrigation-203-2's sample: 42 entries and 8 over, two pages either way; its full report is tightened.
    const usual = await render(203, 2, 'sample');
    const tight = await render(203, 2, 'full');
    const pitches = [await sectionPitch(spill.pdf), await sectionPitch(usual.pdf), await sectionPitch(tight.pdf)];
    // Section lines 9.5 pt (a line of Roboto is 1.17 em) with 1 pt above and below, or half that tightened.
    expect(pitches.map((p) => Math.round(p * 10) / 10)).toEqual([13.1, 13.1, 12.1]);
  }, 60_000);
});
