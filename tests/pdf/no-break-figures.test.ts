// A figure is never split over two lines: "2,9 %" (de-DE, fr-FR) and
// "USD 4.92 billion" keep their number with its percent sign, currency code
// and unit ("USD 1.57" / "billion" was printed twice in the default report). The Formatter joins them with no-break spaces; the narrative once
// squashed those into plain spaces, and a German report printed "by 2,9" at
// the end of one line and "%." at the start of the next.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { headlineSize } from '../../src/pdf/cover.js';
import { parseNarrative } from '../../src/narrative/blocks.js';
import { paragraphs } from '../../src/pdf/blocks/narrative.js';
import { defaultDataset } from '../fixtures.js';
import { readPdf } from './pdf-text.js';
import { renderWithStub } from './render.js';
import type { Dataset } from '../../src/types.js';

describe('figures on one line', () => {
  it('narrative blocks and data paragraphs keep no-break spaces, squashing the others', () => {
    expect(parseNarrative('fell by 2,9\u00a0%  and\n rose to USD\u00a04.92 billion')).toEqual([
      { kind: 'paragraph', text: 'fell by 2,9\u00a0% and rose to USD\u00a04.92 billion' },
    ]);
    expect(parseNarrative('- by 9,8\u202f%')).toEqual([{ kind: 'list', items: ['by 9,8\u202f%'] }]);
    expect(paragraphs('one\u00a0word  two\n\nthree')).toEqual([
      { text: 'one\u00a0word two', style: 'body' },
      { text: 'three', style: 'body' },
    ]);
  });

  it('a German report never starts a line with "%" nor ends one with a currency code', async () => {
    const dataset = { ...defaultDataset(), locale: 'de-DE', currency: 'EUR' } as Dataset;
    const { pdf } = await renderWithStub(dataset);
    const lines = (await readPdf(pdf)).pages.flatMap((page, i) => page.map((l) => ({ page: i + 1, text: l.text })));
    expect(lines.filter((l) => /^%/.test(l.text)).map((l) => `p${l.page}: ${l.text}`)).toEqual([]);
    expect(lines.filter((l) => /\bEUR$/.test(l.text)).map((l) => `p${l.page}: ${l.text}`)).toEqual([]);
    // The report does print such figures, on one line each.
    expect(lines.filter((l) => /\d %/.test(l.text)).length).toBeGreaterThan(20);
    expect(lines.filter((l) => /EUR \d/.test(l.text)).length).toBeGreaterThan(10);
  });

  it.each([
    ['the default report (en-US)', () => defaultDataset()],
    ['generated 203-4 (six-figure values, GBP thousand)', () => generateDataset(203, 4) as Dataset],
  ])('%s never starts a line with the unit', async (_name, make) => {
    const dataset = make();
    const { pdf } = await renderWithStub(dataset);
    const lines = (await readPdf(pdf)).pages.flatMap((page, i) => page.map((l) => ({ page: i + 1, text: l.text })));
    // A table header may wrap its unit label, "(USD" / "billion)"; a figure may not.
    const unit = new RegExp(`^${dataset.unit}\\b(?!\\))`);
    expect(lines.filter((l) => unit.test(l.text)).map((l) => `p${l.page}: ${l.text}`)).toEqual([]);
    expect(lines.filter((l) => new RegExp(`\\d ${dataset.unit}\\b`).test(l.text)).length).toBeGreaterThan(5);
  });

  it('the cover sets its three headline figures in one size, each on one line', () => {
    expect(headlineSize(['USD\u00a04.92\u00a0billion', 'USD\u00a09.29\u00a0billion', '9.5%'])).toBe(14);
    const long = ['GBP\u00a0721,000\u00a0thousand', 'GBP\u00a01,822,635\u00a0thousand', '12.3%'];
    const size = headlineSize(long);
    expect(size).toBeLessThan(14);
    expect(size).toBeGreaterThanOrEqual(10);
    // The figure that once wrapped fits at the size chosen, and the size one point larger would not.
    expect(headlineSize([long[1]!])).toBe(size);
    expect(headlineSize([long[0]!, long[2]!])).toBeGreaterThan(size);
  });
});
