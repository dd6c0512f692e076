// A chapter's last page holds a fair part of a page, not a few lines before
// the next chapter's new page: marine-coatings-977-1 (seed 977) printed
// "4.6 Central Asia" and its two lines alone on page 13, and its FAQ's last
// two questions (5 lines) on page 30; the default report two FAQ answers
// (9 lines) on page 37. The chapter's last short blocks are kept together
// (keep.ts, keepTail), so that more of them move when the last does not fit.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { MARGINS, PAGE } from '../../src/pdf/theme.js';
import { placedText, readPdf } from './pdf-text.js';
import { renderWithCharts } from './render.js';

const TOP = PAGE.height - MARGINS[1];
const BOTTOM = MARGINS[3];
/** Text filling less than this share of a page's body reads as a page left over. */
const MIN_SHARE = 0.25;

/**
 * Chapters' last pages, not their first, of text only (no table or figure,
 * which keepTail leaves to break as they do), whose text ends less than
 * MIN_SHARE of the way down the page's body.
 */
async function shortLastPages(pdf: Buffer): Promise<string[]> {
  const text = await readPdf(pdf);
  const runs = (await placedText(pdf)).filter((r) => !r.rotated && r.y > BOTTOM && r.y < TOP);
  const starts = text.bookmarks.map((b) => b.page);
  return starts.flatMap((start, i) => {
    const last = (starts[i + 1] ?? text.numPages + 1) - 1;
    if (last <= start) return [];
    const lines = text.pages[last - 1]!.slice(1, -1).map((l) => l.text);
    if (lines.some((l) => /^(Table|Figure) \d+\.\d+:/.test(l))) return [];
    const lowest = Math.min(...runs.filter((r) => r.page === last).map((r) => r.y));
    const share = (TOP - lowest) / (TOP - BOTTOM);
    return share < MIN_SHARE ? [`page ${last} (${Math.round(share * 100)}% of it): ${lines.map((l) => `"${l}"`).join(' / ')}`] : [];
  });
}

describe("a chapter's last page", () => {
  it('holds more than a few lines (real charts, so pages fall as shipped)', async () => {
    const short: string[] = [];
    for (const dataset of [generateDataset(977, 1) as unknown as Dataset, defaultDataset()]) {
      const { model, pdf } = await renderWithCharts(dataset);
      short.push(...(await shortLastPages(pdf)).map((s) => `${model.id} ${s}`));
    }
    expect(short).toEqual([]);
  }, 120_000);
});
