// A segment table listed down the page (more segments than fit across) keeps
// each segment's rows on one page. In the sample of medical-packaging-427-4 a
// segment's held-back "2022–2028 XX" row stood alone at the top of a page
// under the repeated header, and another segment's first year ended a page.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { createChartRenderer } from '../../src/charts/index.js';
import type { Dataset } from '../../src/types.js';
import { readPdf } from '../pdf/pdf-text.js';
import { renderSample } from './sample-support.js';

/** The header row of a listed segment table. */
const HEADER = / Year (?:Value \(|Share of market)/;
/** A held-back row: the forecast years as one span, its figure "XX". */
const HELD = /(?:^|\s)\d{4}–\d{4} XX/;

describe("a listed segment table's rows in the sample", () => {
  it("never split a segment's years across pages (real charts, so pages fall as shipped)", async () => {
    const split: string[] = [];
    for (const [seed, index] of [[427, 4], [427, 3]] as const) {
      const { model, pdf } = await renderSample(generateDataset(seed, index) as unknown as Dataset, createChartRenderer());
      const text = await readPdf(pdf);
      const first = String(model.firstYear);
      text.pages.forEach((page, p) => {
        const lines = page.map((l) => l.text);
        const header = lines.findIndex((l) => HEADER.test(l));
        if (header < 0) return;
        const top = lines[header + 1] ?? '';
        if (HELD.test(top)) split.push(`${model.id} page ${p + 1} starts with "${top}"`);
        // The last line of a table that runs on to the next page: the line above the running footer.
        const bottom = lines.at(-2) ?? '';
        const segments = model.segmentations.flatMap((s) => s.segments.map((g) => g.name));
        if (segments.some((name) => bottom.startsWith(`${name} ${first} `))) split.push(`${model.id} page ${p + 1} ends with "${bottom}"`);
      });
    }
    expect(split).toEqual([]);
  }, 120_000);
});
